using System.Text;
using Spotnet.Protocol.Errors;
using Spotnet.Protocol.Numbers;

namespace Spotnet.Protocol.Tests.Numbers;

public class WireIntegerTests
{
    [Theory]
    [InlineData("0", 0L)]
    [InlineData("1645423376532", 1645423376532L)]
    [InlineData("-1", -1L)]
    [InlineData("007", 7L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    public void Valid_long_parses(string text, long expected)
    {
        Assert.Equal(NumberParseStatus.Success, WireInteger.TryParse(text, out long fromChars));
        Assert.Equal(NumberParseStatus.Success, WireInteger.TryParse(Encoding.UTF8.GetBytes(text), out long fromBytes));
        Assert.Equal(expected, fromChars);
        Assert.Equal(expected, fromBytes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("+1")]
    [InlineData("1.0")]
    [InlineData("1e3")]
    [InlineData(" 1")]
    [InlineData("1,000")]
    [InlineData("--1")]
    [InlineData("123456789012345678901")]
    public void Non_integer_text_has_illegal_characters(string text)
    {
        Assert.Equal(NumberParseStatus.IllegalCharacters, WireInteger.TryParse(text, out long _));
        Assert.Equal(NumberParseStatus.IllegalCharacters, WireInteger.TryParse(Encoding.UTF8.GetBytes(text), out int _));
    }

    [Theory]
    [InlineData("9223372036854775808")]
    [InlineData("-9223372036854775809")]
    [InlineData("99999999999999999999")]
    public void Long_beyond_range_overflows(string text)
    {
        Assert.Equal(NumberParseStatus.Overflow, WireInteger.TryParse(text, out long value));
        Assert.Equal(0, value);
    }

    [Theory]
    [InlineData("2147483647", NumberParseStatus.Success, int.MaxValue)]
    [InlineData("-2147483648", NumberParseStatus.Success, int.MinValue)]
    [InlineData("2147483648", NumberParseStatus.Overflow, 0)]
    [InlineData("-2147483649", NumberParseStatus.Overflow, 0)]
    public void Int_parameter_overflows_outside_32_bits(string text, NumberParseStatus status, int expected)
    {
        Assert.Equal(status, WireInteger.TryParse(text, out int fromChars));
        Assert.Equal(status, WireInteger.TryParse(Encoding.UTF8.GetBytes(text), out int fromBytes));
        Assert.Equal(expected, fromChars);
        Assert.Equal(expected, fromBytes);
    }

    [Fact]
    public void Failed_parse_maps_to_the_binance_error_for_the_parameter()
    {
        Assert.Equal(new SpotError(-1100, "Illegal characters found in parameter 'orderId'; legal range is '^-?[0-9]{1,20}$'."), WireInteger.ToError(NumberParseStatus.IllegalCharacters, "orderId"));
        Assert.Equal(new SpotError(-1108, "Parameter 'orderId' overflowed."), WireInteger.ToError(NumberParseStatus.Overflow, "orderId"));
        Assert.Throws<ArgumentOutOfRangeException>(() => WireInteger.ToError(NumberParseStatus.TooMuchPrecision, "orderId"));
    }
}
