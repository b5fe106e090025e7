using System.Text.Json;
using Spotnet.Protocol.UserData;

namespace Spotnet.Protocol.Json;

/// <summary>Reads and writes <see cref="UserDataEvent"/> by <c>e</c>; unknown types become <see cref="UnknownUserDataEvent"/>.</summary>
public sealed class UserDataEventConverter : DiscriminatedConverter<UserDataEvent>
{
    /// <summary>Creates the converter.</summary>
    public UserDataEventConverter()
        : base("e")
    {
    }

    /// <inheritdoc />
    protected override Type? ConcreteType(string? discriminator) => discriminator switch
    {
        "executionReport" => typeof(ExecutionReportEvent),
        "listStatus" => typeof(ListStatusEvent),
        "outboundAccountPosition" => typeof(AccountPositionEvent),
        "balanceUpdate" => typeof(BalanceUpdateEvent),
        "eventStreamTerminated" => typeof(EventStreamTerminatedEvent),
        "externalLockUpdate" => typeof(ExternalLockUpdateEvent),
        _ => null,
    };

    /// <inheritdoc />
    protected override UserDataEvent Unknown(JsonElement raw) => new UnknownUserDataEvent { Raw = raw };

    /// <inheritdoc />
    protected override JsonElement? RawOf(UserDataEvent value) => (value as UnknownUserDataEvent)?.Raw;
}
