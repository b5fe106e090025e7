using System.Text;
using BenchmarkDotNet.Attributes;
using Spotnet.Protocol.Signing;

namespace Spotnet.Benchmarks.Signing;

/// <summary>Building the REST canonical payload (query + body minus the signature pair) from raw request bytes.</summary>
[MemoryDiagnoser]
public class RestSignaturePayloadBenchmarks
{
    private readonly byte[] _query = Encoding.ASCII.GetBytes(
        "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.00100000&price=65000.00&newClientOrderId=x1y2z3&recvWindow=5000&timestamp=1499827319559&signature=c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71");

    private readonly byte[] _destination = new byte[512];
    private readonly char[] _signature = new char[128];

    [Benchmark]
    public int ExtractPayloadAndSignature()
    {
        RestSignaturePayload.TryExtract(_query, [], _destination, out var written, out var raw);
        RestSignaturePayload.TryDecodeSignature(raw, _signature, out var chars);
        return written + chars;
    }
}
