using System.Globalization;

namespace Spotnet.Engine;

/// <summary>Helpers for 10^8-scaled fixed-point numbers and their Int128 products.</summary>
public static class Fixed
{
    /// <summary>Prices and quantities are scaled by 10^8, Binance's eight decimals.</summary>
    public const long Scale = 100_000_000;

    /// <summary>Converts a decimal to scaled units; throws if precision would be lost or the value overflows.</summary>
    public static long ToUnits(decimal value)
    {
        var scaled = value * Scale;
        if (scaled != decimal.Truncate(scaled))
        {
            throw new ArgumentException("More than eight decimals.", nameof(value));
        }

        return checked((long)scaled);
    }

    /// <summary>Converts scaled units to a decimal.</summary>
    public static decimal ToDecimal(long units) => (decimal)units / Scale;

    /// <summary>Formats scaled units with exactly eight decimals.</summary>
    public static string Format(long units)
    {
        var negative = units < 0;
        var magnitude = negative ? -(Int128)units : units;
        var whole = magnitude / Scale;
        var fraction = (long)(magnitude % Scale);
        return (negative ? "-" : "") + whole.ToString(CultureInfo.InvariantCulture) + "." + fraction.ToString("D8", CultureInfo.InvariantCulture);
    }

    /// <summary>The notional <c>price * quantity</c> in units of 10^-16 (exact).</summary>
    public static Int128 Notional(long price, long quantity) => (Int128)price * quantity;

    /// <summary>The notional <c>price * quantity</c> in 10^-8 units, rounded down.</summary>
    public static long NotionalFloor(long price, long quantity)
    {
        // Most products fit in 64 bits, where division is one instruction instead of Int128's software division.
        var high = Math.BigMul(price, quantity, out long low);
        if (high == low >> 63)
        {
            return low / Scale;
        }

        return checked((long)((Int128)price * quantity / Scale));
    }

    /// <summary>The notional <c>price * quantity</c> in 10^-8 units, rounded up.</summary>
    public static long NotionalCeiling(long price, long quantity)
    {
        var high = Math.BigMul(price, quantity, out long low);
        if (high == low >> 63)
        {
            var (whole, rest) = Math.DivRem(low, Scale);
            return rest != 0 ? whole + 1 : whole;
        }

        var product = (Int128)price * quantity;
        var quotient = product / Scale;
        if (product % Scale != 0)
        {
            quotient++;
        }

        return checked((long)quotient);
    }

    /// <summary>Multiplies an amount by a 10^8-scaled rate, rounding up (fees are never rounded in the payer's favour).</summary>
    public static long MultiplyRateCeiling(long amount, long rate) => NotionalCeiling(amount, rate);
}
