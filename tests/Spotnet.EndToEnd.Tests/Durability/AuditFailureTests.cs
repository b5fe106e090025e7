using Microsoft.Extensions.DependencyInjection;
using Spotnet.Server.Admin;
using Spotnet.Server.Storage;

namespace Spotnet.EndToEnd.Tests.Durability;

/// <summary>RT-6 / S-18 on a real server: an administrative change whose audit record cannot be written is not made (503).</summary>
public sealed class AuditFailureTests
{
    [Fact]
    public async Task Changes_whose_audit_record_cannot_be_written_answer_503_and_are_not_made()
    {
        FailingSpotStore? store = null;
        await using var server = await TestServer.StartWithStoreAsync(path => store = new FailingSpotStore(new SqliteSpotStore(path)));
        var trader = await TradingClient.CreateAsync(server);
        var signer = trader.Signer;
        await trader.OkAsync(trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=60000"));
        var (_, keysBefore) = await server.AdminAsync(HttpMethod.Get, $"/admin/v1/accounts/{signer.AccountId}/api-keys");
        var (_, dataKeysBefore) = await server.AdminAsync(HttpMethod.Get, "/admin/v1/data-keys");
        var (_, resetBefore) = await server.AdminAsync(HttpMethod.Get, "/admin/v1/reset");
        var auditBefore = store!.ReadAudit().Count;

        store.FailAudit = true;
        await AssertRefusedAsync(server.AdminAsync(HttpMethod.Post, "/admin/v1/accounts", "{\"name\": \"refused\"}"));
        await AssertRefusedAsync(server.AdminAsync(HttpMethod.Post, $"/admin/v1/accounts/{signer.AccountId}/api-keys", "{\"type\": \"HMAC\"}"));
        await AssertRefusedAsync(server.AdminAsync(HttpMethod.Delete, $"/admin/v1/accounts/{signer.AccountId}/api-keys/{signer.KeyId}"));
        await AssertRefusedAsync(server.AdminAsync(HttpMethod.Post, "/admin/v1/data-keys/rotate"));
        await AssertRefusedAsync(server.AdminAsync(HttpMethod.Post, "/admin/v1/data-keys/rewrap"));
        await AssertRefusedAsync(server.AdminAsync(HttpMethod.Post, "/admin/v1/reset"));

        // Nothing changed: no new account or key, the key still signs, the data keys, epoch and open order are as before.
        Assert.Equal(404, (int)(await server.AdminAsync(HttpMethod.Get, $"/admin/v1/accounts/{signer.AccountId + 1}")).Response.StatusCode);
        Assert.Equal(keysBefore.GetRawText(), (await server.AdminAsync(HttpMethod.Get, $"/admin/v1/accounts/{signer.AccountId}/api-keys")).Body.GetRawText());
        Assert.Equal(dataKeysBefore.GetRawText(), (await server.AdminAsync(HttpMethod.Get, "/admin/v1/data-keys")).Body.GetRawText());
        Assert.Equal(resetBefore.GetRawText(), (await server.AdminAsync(HttpMethod.Get, "/admin/v1/reset")).Body.GetRawText());
        Assert.Equal(1, (await trader.OkAsync(trader.GetAsync("/api/v3/openOrders", "symbol=BTCUSDT"))).GetArrayLength());

        // Once the audit log accepts writes, the same changes go through and the chain is unbroken.
        store.FailAudit = false;
        var (created, account) = await server.AdminAsync(HttpMethod.Post, "/admin/v1/accounts", "{\"name\": \"accepted\"}");
        Assert.Equal(200, (int)created.StatusCode);
        Assert.Equal(signer.AccountId + 1, account.GetProperty("accountId").GetInt64());
        Assert.Equal(200, (int)(await server.AdminAsync(HttpMethod.Delete, $"/admin/v1/accounts/{signer.AccountId}/api-keys/{signer.KeyId}")).Response.StatusCode);
        (await trader.GetAsync("/api/v3/account")).AssertError(401, -2015, "Invalid API-key, IP, or permissions for action.");
        var audit = store.ReadAudit();
        Assert.Equal(["account.create", "apikey.revoke"], audit.Skip(auditBefore).Select(record => record.Action));
        Assert.Null(AuditChain.FindBreak(audit));
    }

    [Fact]
    public async Task Key_expiry_whose_audit_record_cannot_be_written_still_refuses_trading()
    {
        FailingSpotStore? store = null;
        await using var server = await TestServer.StartWithStoreAsync(
            path => store = new FailingSpotStore(new SqliteSpotStore(path)), "--ApiKeys:UnrestrictedTradingDays=30");
        var trader = await TradingClient.CreateAsync(server);
        server.Time.Advance(TimeSpan.FromDays(31));

        store!.FailAudit = true;
        var refused = await trader.PostAsync("/api/v3/order", "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=60000");

        refused.AssertError(401, -2015, "Invalid API-key, IP, or permissions for action.");
        Assert.Equal(200, (await trader.GetAsync("/api/v3/account")).Status);
        // The store keeps TRADE until the expiry can be recorded: no unaudited permission change.
        Assert.True(Assert.Single(store.ListApiKeys(trader.Signer.AccountId)).EnableTrading);
        Assert.DoesNotContain(store.ReadAudit(), record => record.Action == "permission.expired");
    }

    [Fact]
    public async Task Operator_reads_the_store_refuses_answer_503_json_not_a_bare_500()
    {
        FailingSpotStore? store = null;
        await using var server = await TestServer.StartWithStoreAsync(path => store = new FailingSpotStore(new SqliteSpotStore(path)));
        var signer = await server.CreateKeyAsync();

        store!.FailReads = true;
        var (account, accountError) = await server.AdminAsync(HttpMethod.Get, $"/admin/v1/accounts/{signer.AccountId}");
        var (keys, keysError) = await server.AdminAsync(HttpMethod.Get, $"/admin/v1/accounts/{signer.AccountId}/api-keys");
        store.FailReads = false;

        Assert.Equal(503, (int)account.StatusCode);
        Assert.Equal(AdminEndpoints.StoreUnavailableMessage, accountError.GetProperty("error").GetString());
        Assert.Equal(503, (int)keys.StatusCode);
        Assert.Equal(AdminEndpoints.StoreUnavailableMessage, keysError.GetProperty("error").GetString());
        Assert.Equal(200, (int)(await server.AdminAsync(HttpMethod.Get, $"/admin/v1/accounts/{signer.AccountId}")).Response.StatusCode);
    }

    private static async Task AssertRefusedAsync(Task<(HttpResponseMessage Response, System.Text.Json.JsonElement Body)> call)
    {
        var (response, body) = await call;
        Assert.Equal(503, (int)response.StatusCode);
        Assert.Equal(AdminEndpoints.AuditUnavailableMessage, body.GetProperty("error").GetString());
    }
}
