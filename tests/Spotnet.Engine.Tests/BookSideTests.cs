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
    public void Book_side_agrees_with_a_sorted_model(bool isBid, int seed) => AgreesWithModel(isBid, seed, tick: 0, farPrice: 0);

    /// <summary>
    /// The same with a tick size, so the side starts on a price ladder: prices drift so the window moves and widens, a
    /// rare far price (beyond the widest window, or off the tick grid) sends it back to the sorted arrays mid-run, and a
    /// clear in the middle starts a ladder again.
    /// </summary>
    [Theory]
    [InlineData(true, 5, 1, 1_000_000)]
    [InlineData(false, 6, 1, 1_000_000)]
    [InlineData(true, 7, 2, 1_001)]
    [InlineData(false, 8, 2, 1_001)]
    [InlineData(true, 9, 1, 0)]
    [InlineData(false, 10, 1, 0)]
    public void Book_side_on_a_ladder_agrees_with_a_sorted_model(bool isBid, int seed, long tick, long farPrice) =>
        AgreesWithModel(isBid, seed, tick, farPrice);

    private static void AgreesWithModel(bool isBid, int seed, long tick, long farPrice)
    {
        var random = new Random(seed);
        var side = new BookSide(isBid, tick);
        var model = new Dictionary<long, PriceLevel>();
        for (var step = 0; step < 30_000; step++)
        {
            if (step == 15_000)
            {
                side.Clear();
                model.Clear();
            }

            // Phases of mostly adding and mostly removing move the level count between empty and the whole range; with a
            // tick the prices also drift (by whole ticks) so a ladder's window has to follow them.
            var range = step % 10_000 < 5_000 ? 200 : 40;
            var drift = tick == 0 ? 0 : step / 10 % 3_000;
            var price = tick == 0 ? 1_000 + random.Next(range) : (1_000 + drift + random.Next(range)) * tick;
            var far = farPrice != 0 && step % 15_000 == 7_000;
            if (far)
            {
                price = farPrice;
            }

            var adding = random.Next(100) < (step / 2_500 % 2 == 0 ? 70 : 30) || far;
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

            // On the ladder from the start (and again after the clear) until the far price sends the side back.
            var phase = step % 15_000;
            Assert.Equal(tick > 0 && (farPrice == 0 || phase < 7_000), side.OnLadder);
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

                // Out of order and repeated, as the SOR walk asks.
                var levels = expected.Select(p => p.Value).ToList();
                if (levels.Count > 0)
                {
                    var some = random.Next(levels.Count);
                    Assert.Same(levels[some], side.LevelFromBest(some));
                    Assert.Same(levels[some], side.LevelFromBest(some));
                    Assert.Same(levels[0], side.LevelFromBest(0));
                }
            }
        }

        side.Clear();
        Assert.Equal(0, side.Count);
        Assert.Null(side.Best);
    }
}
