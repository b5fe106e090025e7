namespace Spotnet.Engine;

/// <summary>Time in force (<c>timeInForce</c>).</summary>
public enum TimeInForce
{
    /// <summary><c>GTC</c>: rests until canceled or filled.</summary>
    Gtc,

    /// <summary><c>IOC</c>: fills what it can, the rest expires.</summary>
    Ioc,

    /// <summary><c>FOK</c>: fills completely at once or expires.</summary>
    Fok,
}
