using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Spotnet.Protocol.Signing;
using Spotnet.Server.Accounts;
using Spotnet.Server.Api;
using Spotnet.Server.Configuration;
using Spotnet.Server.Exchange;
using Spotnet.Server.Security;
using Spotnet.Server.Storage;

namespace Spotnet.Server.Admin;

/// <summary>
/// The operator API under <c>/admin/v1</c>: accounts and keys. Loopback only unless allowed, and guarded by the
/// admin bearer token; API keys never authenticate here.
/// </summary>
public static class AdminEndpoints
{
    /// <summary>Path prefix of the operator API.</summary>
    public const string Prefix = "/admin/v1";

    /// <summary>The 503 answer's message when a change's audit record cannot be written: the change was not made (S-18).</summary>
    public const string AuditUnavailableMessage = "The audit log cannot be written; the change was not made. Try again once the data folder accepts writes.";

    /// <summary>The 503 answer's message when the store cannot be read or written for any other operator request.</summary>
    public const string StoreUnavailableMessage = "The data folder cannot be read or written; nothing was changed. Try again later.";

    /// <summary>The 503 answer's message when a reset cannot be journaled: the network was not reset.</summary>
    public const string JournalUnavailableMessage = "The journal cannot be written; the change was not made. Try again once the data folder accepts writes.";

    /// <summary>Longest account name, in characters (Unicode scalar values).</summary>
    public const int MaxNameLength = 64;

    /// <summary>Most entries in a key's <c>ipRestrict</c> list.</summary>
    public const int MaxIpRestrictEntries = 30;

    /// <summary>Longest <c>ipRestrict</c> entry; the longest address or range written in full is 49 characters.</summary>
    public const int MaxIpRestrictEntryLength = 64;

    /// <summary>Most characters of a field name echoed back in an error.</summary>
    public const int MaxEchoedLength = 64;

    /// <summary>The 400 answer's message for a body whose names or strings are not valid text.</summary>
    public const string InvalidTextMessage = "The body must be valid UTF-8 JSON: a name or string holds invalid UTF-8 or an unpaired surrogate (\\uD800-\\uDFFF).";

    /// <summary>The 401 answer's message.</summary>
    public const string UnauthorizedMessage = "A valid 'Authorization: Bearer <admin token>' header is required.";

    /// <summary>Maps the operator API.</summary>
    public static void MapAdmin(this IEndpointRouteBuilder app, string adminToken, AdminSettings settings)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(settings);
        var services = app.ServiceProvider;
        var authentication = new AdminAuthentication(
            adminToken, settings, new LimiterClock(services.GetRequiredService<TimeProvider>()), services.GetRequiredService<ISpotStore>(),
            services.GetRequiredService<ApiKeyRegistry>(), services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AdminEndpoints)));
        var group = app.MapGroup(Prefix);
        group.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            // Behind a trusted reverse proxy on this host, the peer is loopback but the client is whoever the proxy names.
            var remote = http.RequestServices.GetRequiredService<ClientAddressResolver>().Resolve(http);
            if (!settings.AllowRemote && !IPAddress.IsLoopback(remote))
            {
                return Error(StatusCodes.Status403Forbidden, "The operator API is reachable from loopback only.");
            }

            // Its own, stricter budget than /api's (S-8): an address that failed too often this minute waits for the next.
            var address = remote.ToString();
            if (authentication.LockedForSeconds(address) is > 0 and var seconds)
            {
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return Error(
                    StatusCodes.Status429TooManyRequests,
                    "Too many failed operator authentications from this address; try again when the minute ends (Retry-After).");
            }

            if (authentication.Check(http.Request) is { } reason)
            {
                authentication.RecordFailure(address, reason, http.Request.Method, http.Request.Path.Value ?? "");
                // RFC 6750 §3: no error code when no credentials were sent, invalid_token when a wrong one was.
                http.Response.Headers.WWWAuthenticate = reason is "missing" or "api-key-header" ? "Bearer" : "Bearer error=\"invalid_token\"";
                return Error(StatusCodes.Status401Unauthorized, UnauthorizedMessage);
            }

            try
            {
                return await next(context).ConfigureAwait(false);
            }
            catch (AuditUnavailableException)
            {
                // Fails closed: every audited change runs in one transaction with (or after) its audit record.
                return Error(StatusCodes.Status503ServiceUnavailable, AuditUnavailableMessage);
            }
            catch (JournalUnavailableException)
            {
                return Error(StatusCodes.Status503ServiceUnavailable, JournalUnavailableMessage);
            }
            // A body that stopped arriving is an IOException too: Kestrel answers it (408/400) itself.
            catch (Exception exception) when (AuditedChange.IsStorageFailure(exception) && exception is not BadHttpRequestException)
            {
                // A read (or an unaudited write) the store refused: a JSON 503, never Kestrel's bare 500.
                return Error(StatusCodes.Status503ServiceUnavailable, StoreUnavailableMessage);
            }
        });

        group.MapPost("/accounts", CreateAccountAsync);
        group.MapGet("/accounts/{accountId:long}", GetAccountAsync);
        group.MapPost("/accounts/{accountId:long}/api-keys", CreateKeyAsync);
        group.MapGet("/accounts/{accountId:long}/api-keys", ListKeys);
        group.MapDelete("/accounts/{accountId:long}/api-keys/{keyId:long}", RevokeKey);
        group.MapPatch("/accounts/{accountId:long}/api-keys/{keyId:long}", UpdateKeyAsync);
        group.MapReset();
        group.MapGet("/accounts/{accountId:long}/api-keys/{keyId:long}/usage", KeyUsage);
        group.MapGet("/data-keys", (DataKeyService keys) => Results.Json(keys.Status(), AdminJsonContext.Default.DataKeyStatus));
        group.MapPost("/data-keys/rotate", RotateDataKey);
        group.MapPost("/data-keys/rewrap", RewrapDataKeys);
        group.MapDelete("/data-keys/{version:int}", RetireDataKey);

        // Any other path or method under the prefix (a non-numeric id, a wrong method) is the operator API's own 404,
        // behind its token like the rest, never the REST API's (no weight header, no unauthenticated answer).
        group.Map("/{**path}", () => Error(StatusCodes.Status404NotFound, "No such operator route."));
    }

    private static async Task<IResult> CreateAccountAsync(HttpContext http, AccountService accounts)
    {
        var (body, bodyError) = await ReadJsonObjectAsync(http, "The body must be a JSON object, for example {} or {\"name\": \"bot\"}.").ConfigureAwait(false);
        using var document = body;
        if (body is null)
        {
            return bodyError!;
        }

        string? name = null;
        foreach (var property in body.RootElement.EnumerateObject())
        {
            if (property.Name != "name" || property.Value.ValueKind != JsonValueKind.String)
            {
                return Error(StatusCodes.Status400BadRequest, "Only a string 'name' may be given.");
            }

            name = property.Value.GetString();
            if (NameError(name!) is { } nameError)
            {
                return Error(StatusCodes.Status400BadRequest, nameError);
            }
        }

        var accountId = accounts.CreateAccount(name, Actor(http));
        return Results.Json(
            new AdminAccountCreated(accountId, name, ToBalances(accounts.GetAccount(accountId)!)),
            AdminJsonContext.Default.AdminAccountCreated, statusCode: StatusCodes.Status200OK);
    }

    private static async Task<IResult> GetAccountAsync(long accountId, AccountService accounts, ExchangeHost host)
    {
        var account = accounts.GetAccount(accountId);
        if (account is null)
        {
            return Error(StatusCodes.Status404NotFound, "Account not found.");
        }

        // The balances are the engine's ledger, as GET /api/v3/account shows them; the store keeps only the allowance
        // granted at creation, which is what an account that never used the API gets on its first request.
        var ledger = await host.RunAsync(session =>
            session.Accounts.EngineId(accountId) is var engineId and >= 0 ? session.Engine.GetBalances(engineId) : null).ConfigureAwait(false);
        var balances = ledger is null
            ? ToBalances(account)
            : [.. ledger.Select(balance => new AdminBalance(host.Catalog.AssetName(balance.Asset), balance.Free.ToString(), balance.Locked.ToString()))];
        return Results.Json(new AdminAccount(account.Id, account.Name, account.CreatedMilliseconds, balances), AdminJsonContext.Default.AdminAccount);
    }


    private static async Task<IResult> CreateKeyAsync(long accountId, HttpContext http, AccountService accounts)
    {
        var (body, bodyError) = await ReadJsonObjectAsync(http, "The body must be a JSON object with at least a 'type'.").ConfigureAwait(false);
        using var document = body;
        if (body is null)
        {
            return bodyError!;
        }

        var request = ParseKeyRequest(body.RootElement, out var requestError);
        if (request is null)
        {
            return Error(StatusCodes.Status400BadRequest, requestError!);
        }

        var created = accounts.CreateApiKey(accountId, request, Actor(http), out var error);
        if (created is null)
        {
            return error == "Account not found."
                ? Error(StatusCodes.Status404NotFound, error)
                : Error(StatusCodes.Status400BadRequest, error!);
        }

        return Results.Json(
            new AdminKeyCreated(created.KeyId, created.ApiKey, created.SecretKey, TypeName(created.Type)),
            AdminJsonContext.Default.AdminKeyCreated);
    }

    private static IResult ListKeys(long accountId, AccountService accounts)
    {
        if (accounts.GetAccount(accountId) is null)
        {
            return Error(StatusCodes.Status404NotFound, "Account not found.");
        }

        var keys = accounts.ListApiKeys(accountId).Select(ToAdminKey).ToList();
        return Results.Json(keys, AdminJsonContext.Default.ListAdminKey);
    }

    private static async Task<IResult> UpdateKeyAsync(long accountId, long keyId, HttpContext http, AccountService accounts)
    {
        var (body, bodyError) = await ReadJsonObjectAsync(
            http, "The body must be a JSON object with enableReading, enableSpotAndMarginTrading or ipRestrict.").ConfigureAwait(false);
        using var document = body;
        if (body is null)
        {
            return bodyError!;
        }

        bool? reading = null;
        bool? trading = null;
        List<string>? ips = null;
        foreach (var property in body.RootElement.EnumerateObject())
        {
            // Type, key material and withdrawal-like permissions cannot be changed; unknown fields are refused.
            if (!ReadPermission(property, ref reading, ref trading, ref ips, out var fieldError))
            {
                return Error(StatusCodes.Status400BadRequest, fieldError);
            }
        }

        if (reading is null && trading is null && ips is null)
        {
            return Error(StatusCodes.Status400BadRequest, "Give at least one of enableReading, enableSpotAndMarginTrading, ipRestrict.");
        }

        var updated = accounts.UpdateApiKey(accountId, keyId, new KeyPermissionsChange(reading, trading, ips), Actor(http), out var error);
        return updated is null
            ? Error(error == AccountService.KeyNotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest, error!)
            : Results.Json(ToAdminKey(updated), AdminJsonContext.Default.AdminKey);
    }

    private static AdminKey ToAdminKey(StoredApiKey key) =>
        new(key.Id, key.MaskedKey, TypeName(key.Type), key.EnableReading, key.EnableTrading, key.IpRestrict, key.CreatedMilliseconds);

    private static IResult KeyUsage(long accountId, long keyId, AccountService accounts)
    {
        if (accounts.ListApiKeys(accountId).FirstOrDefault(key => key.Id == keyId) is not { } key)
        {
            return Error(StatusCodes.Status404NotFound, AccountService.KeyNotFound);
        }

        var usage = accounts.GetKeyUsage(keyId);
        return Results.Json(
            new AdminKeyUsage(
                keyId, key.CreatedMilliseconds, usage.CreatedBy, usage.LastUsedMilliseconds == 0 ? null : usage.LastUsedMilliseconds,
                usage.LastUsedAddress, new AdminRequestCounts(usage.UserDataRequests, usage.TradeRequests, usage.UserStreamRequests),
                usage.AuthenticationFailures),
            AdminJsonContext.Default.AdminKeyUsage);
    }

    private static IResult RotateDataKey(HttpContext http, DataKeyService keys)
    {
        keys.Rotate(Actor(http));
        return Results.Json(keys.Status(), AdminJsonContext.Default.DataKeyStatus);
    }

    private static IResult RewrapDataKeys(HttpContext http, DataKeyService keys)
    {
        var (rewrapped, failed) = keys.Rewrap(Actor(http));
        return Results.Json(new AdminRewrapResult(rewrapped, failed, keys.Status()), AdminJsonContext.Default.AdminRewrapResult);
    }

    private static IResult RetireDataKey(int version, HttpContext http, DataKeyService keys) =>
        keys.Retire(version, Actor(http), out var refusal) switch
        {
            DataKeyRetirement.Retired => Results.Json(keys.Status(), AdminJsonContext.Default.DataKeyStatus),
            DataKeyRetirement.Unknown => Error(StatusCodes.Status404NotFound, refusal!),
            _ => Error(StatusCodes.Status409Conflict, refusal!),
        };

    private static IResult RevokeKey(long accountId, long keyId, HttpContext http, AccountService accounts) =>
        accounts.RevokeApiKey(accountId, keyId, Actor(http))
            ? Results.Json(new AdminKeyRevoked(keyId, true), AdminJsonContext.Default.AdminKeyRevoked)
            : Error(StatusCodes.Status404NotFound, AccountService.KeyNotFound);

    private static NewApiKey? ParseKeyRequest(JsonElement root, out string? error)
    {
        error = null;
        KeyType? type = null;
        string? publicKey = null;
        bool? reading = null;
        bool? trading = null;
        List<string>? ips = null;
        foreach (var property in root.EnumerateObject())
        {
            if (property.NameEquals("type") && property.Value.ValueKind == JsonValueKind.String)
            {
                type = property.Value.GetString() switch
                {
                    "HMAC" => KeyType.Hmac,
                    "RSA" => KeyType.Rsa,
                    "ED25519" => KeyType.Ed25519,
                    _ => null,
                };
                if (type is null)
                {
                    error = "type must be HMAC, RSA or ED25519.";
                    return null;
                }
            }
            else if (property.NameEquals("publicKey") && property.Value.ValueKind == JsonValueKind.String)
            {
                publicKey = property.Value.GetString();
            }
            else if (!ReadPermission(property, ref reading, ref trading, ref ips, out error))
            {
                // No withdrawal permission exists; unknown or mistyped fields are refused rather than ignored.
                return null;
            }
        }

        if (type is null)
        {
            error = "type is required: HMAC, RSA or ED25519.";
            return null;
        }

        // Reading and trading are on by default, as on the testnet.
        return new NewApiKey(type.Value, publicKey, reading ?? true, trading ?? true, ips ?? []);
    }

    // The permission fields shared by key creation and key updates; false with an error for any other or mistyped field.
    private static bool ReadPermission(JsonProperty property, ref bool? reading, ref bool? trading, ref List<string>? ips, out string error)
    {
        error = "";
        switch (property.Name, property.Value.ValueKind)
        {
            case ("enableReading", JsonValueKind.True or JsonValueKind.False):
                reading = property.Value.GetBoolean();
                return true;
            case ("enableSpotAndMarginTrading", JsonValueKind.True or JsonValueKind.False):
                trading = property.Value.GetBoolean();
                return true;
            case ("ipRestrict", JsonValueKind.Array):
                if (property.Value.GetArrayLength() > MaxIpRestrictEntries)
                {
                    error = string.Create(CultureInfo.InvariantCulture, $"ipRestrict holds at most {MaxIpRestrictEntries} entries; use CIDR ranges to cover more addresses.");
                    return false;
                }

                ips = [];
                foreach (var item in property.Value.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.String)
                    {
                        error = "ipRestrict must be an array of strings.";
                        return false;
                    }

                    var entry = item.GetString()!;
                    if (entry.Length > MaxIpRestrictEntryLength)
                    {
                        error = IpRestriction.BadEntryMessage(AdminAuthentication.Shorten(entry, MaxEchoedLength));
                        return false;
                    }

                    ips.Add(entry);
                }

                return true;
            default:
                error = $"Unknown or mistyped field '{AdminAuthentication.Shorten(property.Name, MaxEchoedLength)}'.";
                return false;
        }
    }

    /// <summary>
    /// Reads the body as one JSON object whose every name and string is valid text. Returns the document, or null and
    /// a 400 answer (<paramref name="shapeMessage"/> for anything that is not a JSON object, including no body).
    /// </summary>
    internal static async Task<(JsonDocument? Body, IResult? Error)> ReadJsonObjectAsync(HttpContext http, string shapeMessage)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return (null, Error(StatusCodes.Status400BadRequest, shapeMessage));
        }

        if (!HasValidText(document.RootElement))
        {
            document.Dispose();
            return (null, Error(StatusCodes.Status400BadRequest, InvalidTextMessage));
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            return (null, Error(StatusCodes.Status400BadRequest, shapeMessage));
        }

        return (document, null);
    }

    // JsonDocument checks strings only when they are read, so a name or value with invalid UTF-8 or a lone surrogate
    // escape would throw InvalidOperationException wherever a handler first reads it: read them all once, up front.
    private static bool HasValidText(JsonElement root)
    {
        try
        {
            ReadAllText(root);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    // Recursion is bounded by the reader's maximum depth (64).
    private static void ReadAllText(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    _ = property.Name;
                    ReadAllText(property.Value);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    ReadAllText(item);
                }

                break;
            case JsonValueKind.String:
                _ = element.GetString();
                break;
        }
    }

    // Null when the name is acceptable: at most MaxNameLength characters, none of them a control character or line break.
    private static string? NameError(string name)
    {
        var length = 0;
        foreach (var rune in name.EnumerateRunes())
        {
            if (++length > MaxNameLength)
            {
                return string.Create(CultureInfo.InvariantCulture, $"name is at most {MaxNameLength} characters.");
            }

            if (Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                return "name must not contain control characters or line breaks.";
            }
        }

        return null;
    }

    private static List<AdminBalance> ToBalances(Storage.AccountRecord account) =>
        [.. account.Balances.Select(balance => new AdminBalance(balance.Asset, balance.Free, balance.Locked))];

    private static string TypeName(KeyType type) => AccountService.TypeName(type);

    /// <summary>
    /// Who an audit record names: the client address the request is judged by (behind a trusted proxy, the client the
    /// proxy names, as for failed authentications and the loopback check), not the socket peer.
    /// </summary>
    internal static string Actor(HttpContext http) => "admin@" + http.RequestServices.GetRequiredService<ClientAddressResolver>().Resolve(http);

    /// <summary>An operator API error answer: <c>{"error": message}</c>.</summary>
    internal static IResult Error(int status, string message) =>
        Results.Json(new AdminError(message), AdminJsonContext.Default.AdminError, statusCode: status);
}
