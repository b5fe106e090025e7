using System.Globalization;
using System.Numerics;
using System.Text;
using Spotnet.Protocol.Numbers;

namespace Spotnet.Protocol.Tests.Numbers;

/// <summary>Seeded random property tests; the seed is fixed so failures reproduce.</summary>
public class WireNumberPropertyTests
{
    private const int Cases = 20_000;

    [Fact]
    public void Format_then_parse_then_format_round_trips_for_random_values()
    {
        var random = new Random(20260327);
        Span<char> chars = stackalloc char[64];
        Span<byte> bytes = stackalloc byte[64];
        for (var i = 0; i < Cases; i++)
        {
            var value = RandomNonNegative(random);
            Assert.True(WireDecimal.TryFormat(value, chars, out var charCount));
            Assert.Equal(NumberParseStatus.Success, WireDecimal.TryParse(chars[..charCount], out var parsed));
            Assert.Equal(value, parsed);
            Assert.True(WireDecimal.TryFormat(parsed, bytes, out var byteCount));
            Assert.Equal(chars[..charCount].ToString(), Encoding.UTF8.GetString(bytes[..byteCount]));
            Assert.Equal(NumberParseStatus.Success, WireDecimal.TryParse(bytes[..byteCount], out var parsedFromBytes));
            Assert.Equal(value, parsedFromBytes);
        }
    }

    [Fact]
    public void Parsed_value_agrees_with_a_BigInteger_oracle_for_random_legal_texts()
    {
        var random = new Random(42);
        for (var i = 0; i < Cases; i++)
        {
            var text = RandomLegalDecimal(random);
            var status = WireDecimal.TryParse(text, out var value);
            // Oracle: shift the decimal point 8 places right in the text, then read it as an arbitrary-size integer.
            var parts = text.Split('.');
            var fraction = (parts.Length > 1 ? parts[1] : string.Empty).PadRight(8, '0');
            var exact = BigInteger.Parse(parts[0] + fraction[..8], CultureInfo.InvariantCulture);
            var expected = fraction[8..].Any(digit => digit != '0') ? NumberParseStatus.TooMuchPrecision
                : exact > long.MaxValue ? NumberParseStatus.Overflow
                : NumberParseStatus.Success;
            Assert.True(expected == status, $"{text}: expected {expected}, got {status}");
            if (status == NumberParseStatus.Success)
            {
                Assert.Equal((long)exact, value);
            }
        }
    }

    [Fact]
    public void Parsing_random_strings_never_throws_and_chars_agree_with_bytes()
    {
        var random = new Random(7);
        const string alphabet = "0123456789.-+eE ,x٣١\u0000";
        var buffer = new char[24];
        for (var i = 0; i < Cases; i++)
        {
            var length = random.Next(0, buffer.Length);
            for (var j = 0; j < length; j++)
            {
                buffer[j] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(buffer, 0, length);
            var charStatus = WireDecimal.TryParse(text, out var charValue);
            var byteStatus = WireDecimal.TryParse(Encoding.UTF8.GetBytes(text), out var byteValue);
            Assert.Equal(charStatus, byteStatus);
            Assert.Equal(charValue, byteValue);
            Assert.Equal(WireInteger.TryParse(text, out long integer), WireInteger.TryParse(Encoding.UTF8.GetBytes(text), out long integerFromBytes));
            Assert.Equal(integer, integerFromBytes);
        }
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("ar-SA")]
    public void Results_are_identical_under_other_current_cultures(string cultureName)
    {
        var texts = Enumerable.Range(0, 2000).Select(_ => string.Empty).ToArray();
        var random = new Random(99);
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = RandomLegalDecimal(random);
        }

        var values = Enumerable.Range(0, 2000).Select(_ => RandomNonNegative(random) - (long)(random.NextDouble() * long.MaxValue)).ToArray();
        var invariant = Snapshot(texts, values);
        var original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(cultureName);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(cultureName);
            Assert.Equal(invariant, Snapshot(texts, values));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = original;
        }
    }

    private static List<string> Snapshot(string[] texts, long[] values)
    {
        var results = texts.Select(text => $"{WireDecimal.TryParse(text, out var value)}:{value}:{WireInteger.TryParse(text, out long integer)}:{integer}").ToList();
        results.AddRange(values.Select(value => WireDecimal.Format(value) + "|" + WireDecimal.Format(value, 2)));
        return results;
    }

    private static long RandomNonNegative(Random random) => random.Next(4) switch
    {
        0 => random.NextInt64(0, 1_000),
        1 => random.NextInt64(0, 100_000_000_000),
        _ => random.NextInt64(0, long.MaxValue),
    };

    private static string RandomLegalDecimal(Random random)
    {
        var builder = new StringBuilder();
        var integerDigits = random.Next(1, 21);
        for (var i = 0; i < integerDigits; i++)
        {
            builder.Append((char)('0' + (i == 0 && integerDigits > 12 ? random.Next(0, 2) : random.Next(10))));
        }

        if (random.Next(3) > 0)
        {
            builder.Append('.');
            var fractionDigits = random.Next(1, 13);
            for (var i = 0; i < fractionDigits; i++)
            {
                builder.Append((char)('0' + (i >= 8 && random.Next(2) == 0 ? 0 : random.Next(10))));
            }
        }

        return builder.ToString();
    }
}
