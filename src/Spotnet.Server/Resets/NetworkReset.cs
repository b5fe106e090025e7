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
    /// Runs the reset as one engine command on the writer loop, so every request completes entirely before or entirely
    /// after it, then records it in the audit log as <c>reset</c> with its epoch.
    /// </summary>
    public async Task<ResetOutcome> RunAsync(string actor)
    {
        var (epoch, time) = await _host.RunAsync(session =>
        {
            var now = session.Now;
            session.Execute(new Reset { Time = now, Grants = session.Catalog.Allowance });
            var epoch = session.Engine.Epoch;
            _simulator?.ContinueAfterReset(session);
            return (epoch, now);
        }).ConfigureAwait(false);

        // Listeners see a batch before the next batch runs: once this returns, the public market data is erased too.
        await _host.RunAsync(static _ => 0).ConfigureAwait(false);
        var milliseconds = time / 1000;
        _store.AppendAudit(milliseconds, actor, "reset", string.Create(CultureInfo.InvariantCulture, $"epoch={epoch}"));
        return new ResetOutcome(epoch, milliseconds);
    }

    /// <summary>The current epoch (the number of resets so far).</summary>
    public Task<long> EpochAsync() => _host.RunAsync(static session => session.Engine.Epoch);
}
