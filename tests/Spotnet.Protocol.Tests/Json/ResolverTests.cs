using System.Text.Json;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Models.MarketData;

namespace Spotnet.Protocol.Tests.Json;

public class ResolverTests
{
    [Fact]
    public void Context_used_as_resolver_of_other_options_still_writes_decimals_as_strings()
    {
        // ASP.NET hosts plug the context into their own options; the wire format must not depend on which options object is used.
        var options = new JsonSerializerOptions { TypeInfoResolver = SpotJsonContext.Default };

        var json = JsonSerializer.Serialize(new PriceTicker { Symbol = "X", Price = 0.00100000m }, options);

        Assert.Equal("""{"symbol":"X","price":"0.00100000"}""", json);
    }

    [Fact]
    public void Context_used_as_resolver_of_other_options_keeps_nullable_decimals_as_strings_and_nulls()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = SpotJsonContext.Default };

        var set = JsonSerializer.Serialize(new ReferencePrice { Symbol = "X", Price = 1.2m, Timestamp = 1 }, options);
        var unset = JsonSerializer.Serialize(new ReferencePrice { Symbol = "X", Price = null, Timestamp = 1 }, options);

        Assert.Equal("""{"symbol":"X","referencePrice":"1.2","timestamp":1}""", set);
        Assert.Equal("""{"symbol":"X","referencePrice":null,"timestamp":1}""", unset);
    }
}
