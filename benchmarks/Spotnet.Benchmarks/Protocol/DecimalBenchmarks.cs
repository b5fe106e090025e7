using BenchmarkDotNet.Attributes;
using Spotnet.Protocol.Numbers;

namespace Spotnet.Benchmarks.Protocol;

/// <summary>Wire decimal parse and format on the char and UTF-8 paths; all must allocate nothing.</summary>
[MemoryDiagnoser]
public class DecimalBenchmarks
{
    private const string Text = "52341.12345678";
    private static readonly byte[] _utf8Text = "52341.12345678"u8.ToArray();
    private readonly char[] _chars = new char[48];
    private readonly byte[] _bytes = new byte[48];
    private readonly long _value = 5_234_112_345_678L;

    /// <summary>Parse from chars.</summary>
    [Benchmark]
    public long ParseChars()
    {
        WireDecimal.TryParse(Text, out var value);
        return value;
    }

    /// <summary>Parse from UTF-8 bytes.</summary>
    [Benchmark]
    public long ParseUtf8()
    {
        WireDecimal.TryParse(_utf8Text, out var value);
        return value;
    }

    /// <summary>Format into a char span.</summary>
    [Benchmark]
    public int FormatChars()
    {
        WireDecimal.TryFormat(_value, _chars, out var written);
        return written;
    }

    /// <summary>Format into a UTF-8 span.</summary>
    [Benchmark]
    public int FormatUtf8()
    {
        WireDecimal.TryFormat(_value, _bytes, out var written);
        return written;
    }
}
