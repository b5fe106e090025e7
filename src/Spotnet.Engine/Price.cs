using System.Globalization;

namespace Spotnet.Engine;

/// <summary>A price in units of 10^-8 (Binance's eight decimals), with checked arithmetic.</summary>
public readonly record struct Price(long Units) : IComparable<Price>
{
    /// <summary>The zero price (also "not set" where the wire shows <c>0.00000000</c>).</summary>
    public static readonly Price Zero;

    /// <summary>Creates a price from a decimal value; throws if it has more than eight decimals.</summary>
    public static Price FromDecimal(decimal value) => new(Fixed.ToUnits(value));

    /// <summary>Parses an invariant decimal string such as <c>"0.00100000"</c> (a test and tooling helper).</summary>
    public static Price Parse(string text) => FromDecimal(decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture));

    /// <summary>The value as a decimal.</summary>
    public decimal ToDecimal() => Fixed.ToDecimal(Units);

    /// <inheritdoc />
    public int CompareTo(Price other) => Units.CompareTo(other.Units);

    /// <summary>Adds two prices, throwing on overflow.</summary>
    public static Price operator +(Price a, Price b) => new(checked(a.Units + b.Units));

    /// <summary>Subtracts two prices, throwing on overflow.</summary>
    public static Price operator -(Price a, Price b) => new(checked(a.Units - b.Units));

    /// <summary>Compares two prices.</summary>
    public static bool operator <(Price a, Price b) => a.Units < b.Units;

    /// <summary>Compares two prices.</summary>
    public static bool operator >(Price a, Price b) => a.Units > b.Units;

    /// <summary>Compares two prices.</summary>
    public static bool operator <=(Price a, Price b) => a.Units <= b.Units;

    /// <summary>Compares two prices.</summary>
    public static bool operator >=(Price a, Price b) => a.Units >= b.Units;

    /// <summary>Formats with eight decimals, as Binance does (<c>"1.50000000"</c>).</summary>
    public override string ToString() => Fixed.Format(Units);
}
