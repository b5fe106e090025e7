using System.Globalization;
using Spotnet.Engine;
using Spotnet.Server.Exchange;
using Spotnet.Server.Market;
using Spotnet.Server.Storage;

namespace Spotnet.Server.Resets;

/// <summary>
/// Resets the network to a blank state, as the real testnet does: every order, trade and balance is erased and every
/// account receives a fresh allowance, while accounts, API keys, permissions, IP restrictions, the audit log, IP bans,
/// rate-limit windows and id counters are kept.
/// </summary>
public sealed class NetworkReset
{
    private readonly ExchangeHost _host;
    private readonly ISpotStore _store;
    private readonly MarketSimulator? _simulator;

    /// <summary>Creates the reset; <paramref name="simulator"/> is the simulated market to re-seed, when it runs.</summary>
    public NetworkReset(ExchangeHost host, ISpotStore store, MarketSimulator? simulator = null)
    {
        _host = host;
        _store = store;
        _simulator = simulator;
    }

    /// <summary>
    /// Runs the reset as one engine command under the engine lock, so every request completes entirely before or entirely
    /// after it, recorded in the audit log as <c>reset</c> with its epoch before it runs
    /// (<c>reset.failed</c> follows when the journal then refuses it).
    /// </summary>
    public async Task<ResetOutcome> RunAsync(string actor)
    {
        long announcedMilliseconds = 0;
        string? announced = null;
        (long Epoch, long Time) result;
        try
        {
            result = await _host.RunAsync(session =>
            {
                var now = session.Now;
                // The audit record comes first (an engine command cannot be rolled back with the store), on the writer
                // loop so it names the epoch this command starts; when it cannot be written, nothing is reset.
                var detail = string.Create(CultureInfo.InvariantCulture, $"epoch={session.Engine.Epoch + 1}");
                AuditedChange.AuditFirst(_store, now / 1000, actor, "reset", detail);
                (announcedMilliseconds, announced) = (now / 1000, detail);
                session.Execute(new Reset { Time = now, Grants = session.Catalog.Allowance });
                var epoch = session.Engine.Epoch;
                _simulator?.ContinueAfterReset(session);
                return (epoch, now);
            }).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not AuditUnavailableException && announced is not null)
        {
            // Announced but not made durable (the journal refused it): the reset did not happen.
            AuditedChange.AuditFailed(_store, announcedMilliseconds, actor, "reset", announced);
            throw;
        }

        // Listeners see a batch before the next batch runs: once this returns, the public market data is erased too.
        await _host.RunAsync(static _ => 0).ConfigureAwait(false);
        return new ResetOutcome(result.Epoch, result.Time / 1000);
    }

    /// <summary>The current epoch (the number of resets so far).</summary>
    public Task<long> EpochAsync() => _host.RunAsync(static session => session.Engine.Epoch);
}
