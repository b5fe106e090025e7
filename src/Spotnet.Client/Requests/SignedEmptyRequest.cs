using Spotnet.Client.Http;

namespace Spotnet.Client.Requests;

/// <summary>A signed request with no parameters of its own (only <c>timestamp</c>, <c>recvWindow</c> and <c>signature</c>).</summary>
public sealed record SignedEmptyRequest : SignedRequest
{
    internal override void WriteParameters(ParameterWriter writer)
    {
    }
}
