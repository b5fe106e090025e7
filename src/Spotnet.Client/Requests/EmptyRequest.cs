using Spotnet.Client.Http;

namespace Spotnet.Client.Requests;

/// <summary>A request to an endpoint that takes no parameters.</summary>
internal sealed record EmptyRequest : SpotRequest
{
    public static EmptyRequest Instance { get; } = new();

    internal override void WriteParameters(ParameterWriter writer)
    {
    }
}
