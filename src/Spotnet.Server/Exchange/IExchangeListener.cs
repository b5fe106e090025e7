namespace Spotnet.Server.Exchange;

/// <summary>
/// Receives every batch's events after the batch's callers were answered (market data, user data streams).
/// Called on the writer loop: return quickly and never call back into <see cref="ExchangeHost"/> synchronously.
/// </summary>
public interface IExchangeListener
{
    /// <summary>One batch's events; the object is not reused, so it may be kept. <paramref name="accounts"/> maps engine account ids back to server ids.</summary>
    void OnBatch(ExchangeEvents events, ExchangeAccounts accounts);
}
