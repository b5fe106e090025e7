using Spotnet.Engine.Core;

namespace Spotnet.Engine.Tests;

/// <summary>The engine's open-addressed indexes against a dictionary, with keys crowded into few slots so probing, wrap-around, growth and backward-shift removal all run.</summary>
public class IndexTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Order_index_agrees_with_a_dictionary(int seed)
    {
        var random = new Random(seed);
        var index = new OrderIndex();
        var model = new Dictionary<long, Order>();
        for (var step = 0; step < 20_000; step++)
        {
            // Ids a multiple of 256 apart share a home slot until the table grows past them.
            var id = 1 + (random.Next(64) * 256L) + random.Next(4);
            switch (random.Next(3))
            {
                case 0:
                    var order = new Order { OrderId = id };
                    index.Set(id, order);
                    model[id] = order;
                    break;
                case 1:
                    Assert.Equal(model.Remove(id), index.Remove(id));
                    break;
                default:
                    Assert.Equal(model.TryGetValue(id, out var expected), index.TryGetValue(id, out var actual));
                    Assert.Same(expected, expected is null ? null : actual);
                    break;
            }

            Assert.Equal(model.Count, index.Count);
        }

        Assert.Equal(model.Values.OrderBy(o => o.OrderId), Copied(index.Count, index.CopyTo).OrderBy(o => o.OrderId));
        Assert.False(index.TryGetValue(0, out _));
        Assert.False(index.TryGetValue(-1, out _));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Client_order_index_agrees_with_a_dictionary(int seed)
    {
        var random = new Random(seed);
        var index = new ClientOrderIndex();
        var model = new Dictionary<(int, string), Order>();
        var orders = new List<Order>();

        // A poor hash on purpose: many keys share a hash, so equality of symbol and string decides.
        static int Hash(int symbolId, string id) => (id.Length * 7) + symbolId;
        for (var step = 0; step < 20_000; step++)
        {
            var symbolId = random.Next(2);
            var clientId = "c" + random.Next(300).ToString(System.Globalization.CultureInfo.InvariantCulture);
            switch (random.Next(4))
            {
                case 0:
                    var order = new Order { SymbolId = symbolId, ClientOrderId = clientId };
                    orders.Add(order);
                    index.Set(order, Hash(symbolId, clientId));
                    model[(symbolId, clientId)] = order;
                    break;
                case 1 when orders.Count > 0:
                    // Removing an order removes its entry only while the index still files it.
                    var victim = orders[random.Next(orders.Count)];
                    index.Remove(victim);
                    if (model.TryGetValue((victim.SymbolId, victim.ClientOrderId), out var filed) && ReferenceEquals(filed, victim))
                    {
                        model.Remove((victim.SymbolId, victim.ClientOrderId));
                    }

                    break;
                default:
                    Assert.Equal(model.TryGetValue((symbolId, clientId), out var expected), index.TryGetValue(symbolId, clientId, Hash(symbolId, clientId), out var actual));
                    Assert.Same(expected, expected is null ? null : actual);
                    break;
            }

            Assert.Equal(model.Count, index.Count);
        }

        Assert.Equal(model.Values.OrderBy(o => o.SymbolId).ThenBy(o => o.ClientOrderId, StringComparer.Ordinal),
            Copied(index.Count, index.CopyTo).OrderBy(o => o.SymbolId).ThenBy(o => o.ClientOrderId, StringComparer.Ordinal));
    }

    // Every entry of an index, through the copy snapshots use: as many as it counts.
    private static Order[] Copied(int count, Func<Order[], int> copyTo)
    {
        var orders = new Order[count];
        Assert.Equal(count, copyTo(orders));
        return orders;
    }
}
