using Spotnet.Protocol.Signing;

namespace Spotnet.LoadGenerator;

/// <summary>A trading account created through the operator API, with its HMAC key.</summary>
internal sealed record BenchAccount(long AccountId, string ApiKey, SigningKey SecretKey);
