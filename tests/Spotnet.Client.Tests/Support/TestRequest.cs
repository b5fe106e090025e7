using Spotnet.Client.Http;
using Spotnet.Client.Requests;

namespace Spotnet.Client.Tests.Support;

/// <summary>A signed request with arbitrary parameters, to reproduce Binance's documented examples byte for byte.</summary>
internal sealed record TestRequest(params (string Name, string Value)[] Parameters) : SignedRequest
{
    internal override void WriteParameters(ParameterWriter writer)
    {
        foreach (var (name, value) in Parameters)
        {
            writer.Add(name, value);
        }
    }
}
