namespace Spotnet.Engine.Tests;

/// <summary>Design README "Numbers": scaled longs, eight decimals, checked arithmetic.</summary>
public class ValueTests
{
    [Fact]
    public void Price_formats_with_eight_decimals_like_binance() => Assert.Equal("0.00100000", Price.Parse("0.001").ToString());

    [Fact]
    public void Negative_quantity_formats_with_sign() => Assert.Equal("-1.50000000", new Quantity(-150_000_000).ToString());

    [Fact]
    public void More_than_eight_decimals_is_rejected() => Assert.Throws<ArgumentException>(() => Price.Parse("0.000000001"));

    [Fact]
    public void Addition_overflow_throws_instead_of_wrapping() =>
        Assert.Throws<OverflowException>(() => new Quantity(long.MaxValue) + new Quantity(1));

    [Fact]
    public void Notional_of_large_values_does_not_overflow() =>
        Assert.Equal((Int128)long.MaxValue * long.MaxValue, Fixed.Notional(long.MaxValue, long.MaxValue));

    [Fact]
    public void Notional_ceiling_rounds_up_and_floor_rounds_down()
    {
        Assert.Equal(1, Fixed.NotionalCeiling(1, 1));
        Assert.Equal(0, Fixed.NotionalFloor(1, 1));
    }
}
