namespace Spotnet.Server.Exchange;

/// <summary>
/// Receives every batch's events after the batch's callers were answered (market data, user data streams).
/// Called one batch at a time, in order, on the journal's flusher thread while later work may already run (under the
/// engine lock, right after each work item, when the journal is off): return quickly, never call back into
/// <see cref="ExchangeHost"/> synchronously, and do not read the engine.
/// </summary>
public interface IExchangeListener
{
    /// <summary>One batch's events; the object is not reused, so it may be kept. <paramref name="accounts"/> maps engine account ids back to server ids.</summary>
    void OnBatch(ExchangeEvents events, ExchangeAccounts accounts);
}
