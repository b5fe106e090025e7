using Spotnet.Engine.Core;

namespace Spotnet.Engine.Tests;

/// <summary>
/// A book side against a sorted model: prices crowd into a few dozen ticks so removed levels leave holes, new levels
/// fill them from either side, the top is removed and holes are compacted away, all in one run.
/// </summary>
public class BookSideTests
{
    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 2)]
    [InlineData(true, 3)]
    [InlineData(false, 4)]
    public void Book_side_agrees_with_a_sorted_model(bool isBid, int seed)
    {
        var random = new Random(seed);
        var side = new BookSide(isBid);
        var model = new Dictionary<long, PriceLevel>();
        for (var step = 0; step < 30_000; step++)
        {
            // Phases of mostly adding and mostly removing move the level count between empty and the whole range.
            var range = step % 10_000 < 5_000 ? 200 : 40;
            var price = 1_000 + random.Next(range);
            var adding = random.Next(100) < (step / 2_500 % 2 == 0 ? 70 : 30);
            if (adding)
            {
                var level = side.GetOrAdd(price);
                Assert.Equal(price, level.Price);
                if (model.TryGetValue(price, out var existing))
                {
                    Assert.Same(existing, level);
                }
                else
                {
                    Assert.Equal(0, level.Count);
                    Assert.Null(level.Head);
                    model[price] = level;
                }
            }
            else if (model.Count > 0)
            {
                // Half the removals take the best level, as matching does.
                var best = isBid ? model.Keys.Max() : model.Keys.Min();
                var victim = random.Next(2) == 0 ? best : model.Keys.ElementAt(random.Next(model.Count));
                side.Remove(model[victim]);
                model.Remove(victim);
            }

            Assert.Equal(model.Count, side.Count);
            if (model.Count == 0)
            {
                Assert.Null(side.Best);
            }
            else
            {
                Assert.Same(model[isBid ? model.Keys.Max() : model.Keys.Min()], side.Best);
            }

            // Rank access closes the holes; check it only now and then so holes build up in between.
            if (step % 97 == 0)
            {
                var expected = isBid ? model.OrderByDescending(p => p.Key) : model.OrderBy(p => p.Key);
                var rank = 0;
                foreach (var (_, level) in expected)
                {
                    Assert.Same(level, side.LevelFromBest(rank++));
                }
            }
        }

        side.Clear();
        Assert.Equal(0, side.Count);
        Assert.Null(side.Best);
    }
}
