namespace Spotnet.Engine;

/// <summary>Where an order's last activity happened (<c>workingFloor</c>).</summary>
public enum WorkingFloor
{
    /// <summary><c>EXCHANGE</c>: on the book the order was sent to.</summary>
    Exchange,

    /// <summary><c>SOR</c>: through smart order routing on the other books of its SOR group.</summary>
    Sor,
}
