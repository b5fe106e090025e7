using Spotnet.Client.Http;

namespace Spotnet.Client.Requests;

/// <summary>Parameters of <c>GET /api/v3/account</c>.</summary>
public sealed record AccountRequest : SignedRequest
{
    /// <summary>Leave out assets whose free and locked balances are zero (<c>omitZeroBalances</c>).</summary>
    public bool? OmitZeroBalances { get; init; }

    internal override void WriteParameters(ParameterWriter writer) => writer.Add("omitZeroBalances", OmitZeroBalances);
}
