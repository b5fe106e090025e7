using System.Text;
using Spotnet.Protocol.Errors;
using Spotnet.Protocol.Numbers;

namespace Spotnet.Protocol.Tests.Numbers;

public class RecvWindowTests
{
    [Theory]
    [InlineData("5000", 5_000_000L)]
    [InlineData("6000.346", 6_000_346L)]
    [InlineData("60000", 60_000_000L)]
    [InlineData("60000.000", 60_000_000L)]
    [InlineData("0.001", 1L)]
    public void Valid_recv_window_parses_to_microseconds(string text, long microseconds)
    {
        Assert.Null(RecvWindow.Validate(text, out var fromChars));
        Assert.Null(RecvWindow.Validate(Encoding.UTF8.GetBytes(text), out var fromBytes));
        Assert.Equal(microseconds, fromChars);
        Assert.Equal(microseconds, fromBytes);
    }

    [Theory]
    [InlineData("60000.001", -1102, "'recvWindow' contains unexpected value. Cannot be greater than 60000.")]
    [InlineData("6000.3461", -1111, "Parameter 'recvWindow' has too much precision.")]
    [InlineData("-5000", -1100, "Illegal characters found in parameter 'recvWindow'; legal range is '^([0-9]{1,20})(\\.[0-9]{1,20})?$'.")]
    [InlineData("99999999999999999999", -1108, "Parameter 'recvWindow' overflowed.")]
    public void Invalid_recv_window_gets_the_decided_binance_error(string text, int code, string message)
    {
        Assert.Equal(new SpotError(code, message), RecvWindow.Validate(text, out var microseconds));
        Assert.Equal(0, microseconds);
        Assert.Equal(new SpotError(code, message), RecvWindow.Validate(Encoding.UTF8.GetBytes(text), out _));
    }
}
