namespace Spotnet.Engine;

/// <summary>An account's balance of one asset after a command (<c>outboundAccountPosition</c>).</summary>
public readonly record struct BalanceUpdate
{
    /// <summary>Account id.</summary>
    public int AccountId { get; init; }

    /// <summary>Asset id.</summary>
    public int Asset { get; init; }

    /// <summary><c>f</c>: free.</summary>
    public Quantity Free { get; init; }

    /// <summary><c>l</c>: locked.</summary>
    public Quantity Locked { get; init; }

    /// <summary>Signed change of free + locked caused by an explicit grant/debit (<c>balanceUpdate</c> <c>d</c>), zero for trading.</summary>
    public long Delta { get; init; }
}
