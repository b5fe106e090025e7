namespace Spotnet.Protocol.Endpoints;

/// <summary>A weight that applies up to and including a count (a <c>limit</c> or a number of symbols).</summary>
/// <param name="UpTo">Inclusive upper bound; the last band of a rule also covers everything above it.</param>
/// <param name="Weight">The request weight.</param>
public sealed record WeightBand(int UpTo, int Weight)
{
    /// <summary>The weight of the first band containing <paramref name="count"/>, or of the last band above them all.</summary>
    internal static int Find(IReadOnlyList<WeightBand> bands, int count)
    {
        foreach (var band in bands)
        {
            if (count <= band.UpTo)
            {
                return band.Weight;
            }
        }

        return bands[^1].Weight;
    }
}
