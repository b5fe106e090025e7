using BenchmarkDotNet.Attributes;
using Spotnet.Protocol.Enums;

namespace Spotnet.Benchmarks.Protocol;

/// <summary>Wire-enum parse (chars and UTF-8) and format; all must allocate nothing.</summary>
[MemoryDiagnoser]
public class WireEnumBenchmarks
{
    private static readonly byte[] _utf8Type = "TAKE_PROFIT_LIMIT"u8.ToArray();
    private readonly string _type = "TAKE_PROFIT_LIMIT";

    /// <summary>Parse an order type near the end of its enum from chars.</summary>
    [Benchmark]
    public OrderType ParseChars()
    {
        WireEnum.TryParse(_type, out OrderType value);
        return value;
    }

    /// <summary>Parse the same order type from UTF-8 bytes.</summary>
    [Benchmark]
    public OrderType ParseUtf8()
    {
        WireEnum.TryParse(_utf8Type, out OrderType value);
        return value;
    }

    /// <summary>Format (a cached string).</summary>
    [Benchmark]
    public string ToWire() => WireEnum.ToWire(OrderStatus.ExpiredInMatch);
}
