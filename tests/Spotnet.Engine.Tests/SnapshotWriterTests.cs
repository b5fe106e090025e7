using System.Text;
using Spotnet.Engine.Core;

namespace Spotnet.Engine.Tests;

/// <summary>
/// The snapshot writer must produce exactly <see cref="BinaryWriter"/>'s bytes (with UTF-8), the format of every
/// snapshot in existing data folders, whatever the values and wherever its buffer fills.
/// </summary>
public class SnapshotWriterTests
{
    [Fact]
    public void Every_field_kind_is_written_as_a_binary_writer_writes_it()
    {
        var random = new Random(5);
        string[] strings =
        [
            "", "c1", "这是测试币", "emoji 🚀 and é", "lone \ud800 surrogate", new string('x', 127), new string('y', 128),
            new string('€', 20_000), new string('z', 70_000), new string('q', 2_100_000),
        ];
        using var expectedStream = new MemoryStream();
        using var actualStream = new MemoryStream();
        using (var expected = new BinaryWriter(expectedStream, Encoding.UTF8, leaveOpen: true))
        using (var actual = new SnapshotWriter(actualStream))
        {
            // Enough fields to fill the writer's buffer many times, so values straddle its boundaries.
            for (var i = 0; i < 60_000; i++)
            {
                switch (random.Next(7))
                {
                    case 5:
                        var b8 = (byte)random.Next(256);
                        expected.Write(b8);
                        actual.Write(b8);
                        break;
                    case 6:
                        var u32 = (uint)random.NextInt64(uint.MaxValue + 1L);
                        expected.Write(u32);
                        actual.Write(u32);
                        break;
                    case 0:
                        var b = random.Next(2) == 0;
                        expected.Write(b);
                        actual.Write(b);
                        break;
                    case 1:
                        var n = random.Next(int.MinValue, int.MaxValue);
                        expected.Write(n);
                        actual.Write(n);
                        break;
                    case 2:
                        var l = random.NextInt64(long.MinValue, long.MaxValue);
                        expected.Write(l);
                        actual.Write(l);
                        break;
                    case 3:
                        var u = (ulong)random.NextInt64() * 3;
                        expected.Write(u);
                        actual.Write(u);
                        break;
                    default:
                        var s = i % 500 == 0 ? strings[random.Next(strings.Length)] : strings[random.Next(5)];
                        expected.Write(s);
                        actual.Write(s);
                        break;
                }
            }
        }

        Assert.True(expectedStream.Length > 1 << 20, "the run is too small to cross the buffer many times");
        Assert.Equal(expectedStream.ToArray(), actualStream.ToArray());
    }

    [Fact]
    public void A_null_string_is_refused_as_a_binary_writer_refuses_it()
    {
        using var writer = new SnapshotWriter(new MemoryStream());
        Assert.Throws<ArgumentNullException>(() => writer.Write((string)null!));
    }
}
