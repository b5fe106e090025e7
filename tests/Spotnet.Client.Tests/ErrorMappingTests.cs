using System.Net;
using System.Text.Json;
using Spotnet.Client.Errors;
using Spotnet.Client.Requests;
using Spotnet.Client.Tests.Support;
using Spotnet.Protocol.Endpoints;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Errors;

namespace Spotnet.Client.Tests;

public class ErrorMappingTests
{
    [Fact]
    public async Task Every_documented_error_keeps_its_code_message_and_status_and_flags_unknown_execution()
    {
        await using var fixture = await ClientFixture.StartAsync();
        const EndpointId endpoint = EndpointId.NewOrder;
        var entries = ErrorCatalog.Entries.Where(entry => entry.Kind == ErrorMessageKind.Message).ToList();

        foreach (var entry in entries)
        {
            var status = new SpotError(entry.Code, entry.Message).HttpStatus;
            fixture.Server.EnqueueJson(status, JsonSerializer.Serialize(new { code = entry.Code, msg = entry.Message }));

            var error = await Assert.ThrowsAsync<SpotApiException>(() => fixture.Client.SendAsync(endpoint, NewOrder.Market("BTCUSDT", OrderSide.Buy, 1m), static _ => 0, CancellationToken.None));

            Assert.Equal(entry.Code, error.Code);
            Assert.Equal(entry.Message, error.ServerMessage);
            Assert.Equal((HttpStatusCode)status, error.HttpStatus);
            Assert.Equal(ErrorCatalog.Names[entry.Code], error.ErrorName);
            Assert.Equal(status >= 500 || entry.Code is -1006 or -1007, error.IsExecutionUnknown);

            // 429 and 418 answers hold the next request back for a second.
            fixture.Time.Advance(TimeSpan.FromSeconds(2));
        }

        Assert.Equal(entries.Count, fixture.Server.Requests.Count);
        Assert.True(entries.Select(entry => entry.Code).Distinct().Count() > 100);
    }

    [Fact]
    public async Task Unknown_code_is_preserved_with_no_name()
    {
        await using var fixture = await ClientFixture.StartAsync();
        fixture.Server.EnqueueJson(400, """{"code":-9999,"msg":"Something new."}""");

        var error = await Assert.ThrowsAsync<SpotApiException>(() => fixture.Client.PingAsync());

        Assert.Equal(-9999, error.Code);
        Assert.Equal("Something new.", error.ServerMessage);
        Assert.Null(error.ErrorName);
    }
}
