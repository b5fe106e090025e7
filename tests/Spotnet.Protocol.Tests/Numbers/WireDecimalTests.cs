using System.Text;
using Spotnet.Protocol.Errors;
using Spotnet.Protocol.Numbers;

namespace Spotnet.Protocol.Tests.Numbers;

public class WireDecimalTests
{
    [Theory]
    [InlineData("0.001", 100_000L)]
    [InlineData("0.00100000", 100_000L)]
    [InlineData("1", 100_000_000L)]
    [InlineData("1.0", 100_000_000L)]
    [InlineData("0", 0L)]
    [InlineData("000123.45", 12_345_000_000L)]
    [InlineData("0.00000001", 1L)]
    [InlineData("52000.00", 5_200_000_000_000L)]
    [InlineData("92233720368.54775807", long.MaxValue)]
    [InlineData("1.00000000000000000000", 100_000_000L)]
    public void Valid_decimal_parses_to_its_exact_scaled_value(string text, long expected)
    {
        Assert.Equal(NumberParseStatus.Success, WireDecimal.TryParse(text, out var fromChars));
        Assert.Equal(NumberParseStatus.Success, WireDecimal.TryParse(Encoding.UTF8.GetBytes(text), out var fromBytes));
        Assert.Equal(expected, fromChars);
        Assert.Equal(expected, fromBytes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData("1e5")]
    [InlineData("1E5")]
    [InlineData(" 1")]
    [InlineData("1 ")]
    [InlineData("1,5")]
    [InlineData(".5")]
    [InlineData("1.")]
    [InlineData("1..2")]
    [InlineData("1.2.3")]
    [InlineData("NaN")]
    [InlineData("٣")]
    [InlineData("１")]
    [InlineData("123456789012345678901")]
    [InlineData("1.000000000000000000000")]
    public void Text_outside_the_legal_pattern_has_illegal_characters(string text)
    {
        Assert.Equal(NumberParseStatus.IllegalCharacters, WireDecimal.TryParse(text, out _));
        Assert.Equal(NumberParseStatus.IllegalCharacters, WireDecimal.TryParse(Encoding.UTF8.GetBytes(text), out _));
    }

    [Theory]
    [InlineData("0.000000001")]
    [InlineData("1.123456789")]
    [InlineData("1.00000000000000000001")]
    public void Non_zero_digit_beyond_eight_decimals_is_too_much_precision(string text)
    {
        Assert.Equal(NumberParseStatus.TooMuchPrecision, WireDecimal.TryParse(text, out _));
        Assert.Equal(NumberParseStatus.TooMuchPrecision, WireDecimal.TryParse(Encoding.UTF8.GetBytes(text), out _));
    }

    [Theory]
    [InlineData("92233720368.54775808")]
    [InlineData("92233720369")]
    [InlineData("99999999999999999999")]
    [InlineData("18446744073709551616")]
    [InlineData("99999999999999999999.99999999")]
    public void Value_beyond_long_at_scale_overflows_and_never_wraps(string text)
    {
        Assert.Equal(NumberParseStatus.Overflow, WireDecimal.TryParse(text, out var value));
        Assert.Equal(0, value);
        Assert.Equal(NumberParseStatus.Overflow, WireDecimal.TryParse(Encoding.UTF8.GetBytes(text), out _));
    }

    [Fact]
    public void Too_much_precision_is_reported_before_overflow()
    {
        Assert.Equal(NumberParseStatus.TooMuchPrecision, WireDecimal.TryParse("99999999999999999999.000000001", out _));
    }

    [Theory]
    [InlineData("6000.346", 6_000_346L)]
    [InlineData("60000", 60_000_000L)]
    [InlineData("0.001", 1L)]
    [InlineData("5000.0000", 5_000_000L)]
    public void RecvWindow_parses_with_three_decimals_into_microseconds(string text, long microseconds)
    {
        Assert.Equal(NumberParseStatus.Success, WireDecimal.TryParse(text, 3, out var value));
        Assert.Equal(microseconds, value);
    }

    [Fact]
    public void RecvWindow_with_a_fourth_significant_decimal_is_too_much_precision()
    {
        Assert.Equal(NumberParseStatus.TooMuchPrecision, WireDecimal.TryParse("6000.3461", 3, out _));
        Assert.Equal(NumberParseStatus.TooMuchPrecision, WireDecimal.TryParse("6000.3461"u8, 3, out _));
    }

    [Theory]
    [InlineData(100_000L, 8, "0.00100000")]
    [InlineData(0L, 8, "0.00000000")]
    [InlineData(1L, 8, "0.00000001")]
    [InlineData(5_200_000_000_000L, 8, "52000.00000000")]
    [InlineData(5_200_000_000_000L, 2, "52000.00")]
    [InlineData(123_456_789L, 2, "1.23")]
    [InlineData(123_456_789L, 0, "1")]
    [InlineData(123_456_789L, 10, "1.2345678900")]
    [InlineData(-9_499_999_800L, 8, "-94.99999800")]
    [InlineData(-1L, 2, "0.00")]
    [InlineData(long.MaxValue, 8, "92233720368.54775807")]
    [InlineData(long.MinValue, 8, "-92233720368.54775808")]
    public void Value_formats_with_a_fixed_number_of_decimals(long value, int decimals, string expected)
    {
        Assert.Equal(expected, WireDecimal.Format(value, decimals));

        Span<char> chars = stackalloc char[64];
        Assert.True(WireDecimal.TryFormat(value, chars, out var charsWritten, decimals));
        Assert.Equal(expected, chars[..charsWritten].ToString());

        Span<byte> bytes = stackalloc byte[64];
        Assert.True(WireDecimal.TryFormat(value, bytes, out var bytesWritten, decimals));
        Assert.Equal(expected, Encoding.UTF8.GetString(bytes[..bytesWritten]));
    }

    [Fact]
    public void Format_into_a_too_small_buffer_reports_failure_without_writing_past_it()
    {
        Span<char> chars = stackalloc char[9];
        Assert.False(WireDecimal.TryFormat(100_000L, chars, out var written));
        Assert.Equal(0, written);
        Assert.True(WireDecimal.TryFormat(100_000L, stackalloc char[10], out written));
        Assert.Equal(10, written);
    }

    [Fact]
    public void Decimals_outside_zero_to_eighteen_are_rejected_as_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WireDecimal.Format(1, 19));
        Assert.Throws<ArgumentOutOfRangeException>(() => WireDecimal.TryParse("1", -1, out _));
    }

    [Fact]
    public void Failed_parse_maps_to_the_binance_error_for_the_parameter()
    {
        Assert.Equal(SpotError.IllegalCharacters("price", @"^([0-9]{1,20})(\.[0-9]{1,20})?$"), WireDecimal.ToError(NumberParseStatus.IllegalCharacters, "price"));
        Assert.Equal(new SpotError(-1111, "Parameter 'price' has too much precision."), WireDecimal.ToError(NumberParseStatus.TooMuchPrecision, "price"));
        Assert.Equal(new SpotError(-1108, "Parameter 'price' overflowed."), WireDecimal.ToError(NumberParseStatus.Overflow, "price"));
    }
}
