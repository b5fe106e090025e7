using System.Text.Json;

namespace Spotnet.Protocol.Tests.Golden;

public class GoldenRoundTripTests
{
    public static TheoryData<string, string> Fixtures()
    {
        var data = new TheoryData<string, string>();
        foreach (var entry in GoldenFixture.Index)
        {
            data.Add(entry.Fixture, entry.ContextProperty);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Doc_example_reads_into_its_record_and_writes_back_identically(string fixture, string contextProperty)
    {
        var expected = GoldenFixture.Canonical(GoldenFixture.Read(fixture));
        var typeInfo = GoldenFixture.TypeInfo(contextProperty);

        var value = JsonSerializer.Deserialize(expected, typeInfo);
        var actual = GoldenFixture.Canonical(JsonSerializer.Serialize(value, typeInfo));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_fixture_file_is_listed_in_the_index()
    {
        var onDisk = Directory.EnumerateFiles(GoldenFixture.Root, "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(GoldenFixture.Root, path).Replace('\\', '/'))
            .Where(path => path != "index.json")
            .Order(StringComparer.Ordinal)
            .ToList();
        var listed = GoldenFixture.Index.Select(e => e.Fixture).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.Equal(onDisk, listed);
        Assert.True(listed.Count >= 200, $"Only {listed.Count} fixtures listed.");
    }
}
