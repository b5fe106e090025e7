using System.Globalization;

namespace Spotnet.Engine;

/// <summary>A quantity in units of 10^-8 (Binance's eight decimals), with checked arithmetic.</summary>
public readonly record struct Quantity(long Units) : IComparable<Quantity>
{
    /// <summary>The zero quantity.</summary>
    public static readonly Quantity Zero;

    /// <summary>Creates a quantity from a decimal value; throws if it has more than eight decimals.</summary>
    public static Quantity FromDecimal(decimal value) => new(Fixed.ToUnits(value));

    /// <summary>Parses an invariant decimal string such as <c>"0.00100000"</c> (a test and tooling helper).</summary>
    public static Quantity Parse(string text) => FromDecimal(decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture));

    /// <summary>The value as a decimal.</summary>
    public decimal ToDecimal() => Fixed.ToDecimal(Units);

    /// <inheritdoc />
    public int CompareTo(Quantity other) => Units.CompareTo(other.Units);

    /// <summary>Adds two quantities, throwing on overflow.</summary>
    public static Quantity operator +(Quantity a, Quantity b) => new(checked(a.Units + b.Units));

    /// <summary>Subtracts two quantities, throwing on overflow.</summary>
    public static Quantity operator -(Quantity a, Quantity b) => new(checked(a.Units - b.Units));

    /// <summary>Compares two quantities.</summary>
    public static bool operator <(Quantity a, Quantity b) => a.Units < b.Units;

    /// <summary>Compares two quantities.</summary>
    public static bool operator >(Quantity a, Quantity b) => a.Units > b.Units;

    /// <summary>Compares two quantities.</summary>
    public static bool operator <=(Quantity a, Quantity b) => a.Units <= b.Units;

    /// <summary>Compares two quantities.</summary>
    public static bool operator >=(Quantity a, Quantity b) => a.Units >= b.Units;

    /// <summary>Formats with eight decimals, as Binance does (<c>"1.50000000"</c>).</summary>
    public override string ToString() => Fixed.Format(Units);
}
