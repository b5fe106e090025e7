using System.Text.Json.Serialization;

namespace Spotnet.Server.Admin;

/// <summary>Source-generated JSON for the operator API (camelCase, nulls omitted).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AdminAccountCreated))]
[JsonSerializable(typeof(AdminAccount))]
[JsonSerializable(typeof(AdminKeyCreated))]
[JsonSerializable(typeof(List<AdminKey>))]
[JsonSerializable(typeof(AdminKey))]
[JsonSerializable(typeof(AdminKeyRevoked))]
[JsonSerializable(typeof(AdminKeyUsage))]
[JsonSerializable(typeof(Security.DataKeyStatus))]
[JsonSerializable(typeof(AdminRewrapResult))]
[JsonSerializable(typeof(AdminError))]
[JsonSerializable(typeof(AdminReset))]
[JsonSerializable(typeof(AdminResetStatus))]
[JsonSerializable(typeof(DemoCredentials))]
internal sealed partial class AdminJsonContext : JsonSerializerContext;
