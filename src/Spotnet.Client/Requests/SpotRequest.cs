using Spotnet.Client.Http;

namespace Spotnet.Client.Requests;

/// <summary>Base of every REST request record: the parameters of one call plus its optional timeout.</summary>
public abstract record SpotRequest
{
    /// <summary>How long this call may take; <see cref="SpotClientOptions.RequestTimeout"/> when <see langword="null"/>.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Writes the endpoint's parameters in the order they are sent.</summary>
    internal abstract void WriteParameters(ParameterWriter writer);
}
