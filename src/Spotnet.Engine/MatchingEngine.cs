using System.Runtime.CompilerServices;
using Spotnet.Engine.Core;

namespace Spotnet.Engine;

/// <summary>
/// The exchange: a deterministic, single-threaded matching engine. Call it from one writer thread only;
/// queries read the live state and must be called from that thread between commands.
/// </summary>
public sealed partial class MatchingEngine
{
    /// <summary>
    /// The version of the engine's rules: raised whenever the same command on the same state leaves another state or
    /// emits other events than before (a rejection's wording alone changes neither). A journal records it with each record and is replayed only under the rules that
    /// wrote it, since replaying under other rules could change what was acknowledged. 2: an OPO's pending order locks
    /// what its working order receives fill by fill, and a list cancel gives the legs the cancel's client id (the
    /// rules the journal first recorded); 1 stands for every build before that, whose records carry no version.
    /// </summary>
    public const int RulesVersion = 2;

    private readonly ExchangeConfig _config;
    private readonly SymbolState[] _symbols;
    private readonly List<Account> _accounts = [];
    private readonly long[] _granted;
    private readonly long[] _fees;
    private readonly Stack<Order> _orderPool = new();
    private readonly List<(int AccountId, int Asset, long Delta)> _touched = [];
    private readonly Dictionary<long, OrderList> _lists = [];
    private long _nextOrderListId = 1;
    private long _nextExecutionId = 1;
    private long _epoch;

    /// <summary>Creates an empty exchange with the given configuration.</summary>
    public MatchingEngine(ExchangeConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        _config = config;
        _symbols = new SymbolState[config.Symbols.Count];
        for (var i = 0; i < _symbols.Length; i++)
        {
            _symbols[i] = new SymbolState(i, config.Symbols[i]);
        }

        _historyLimit = config.HistoryInMemory;
        _historyTracked = config.HistoryInMemory < int.MaxValue;
        _granted = new long[config.Assets.Count];
        _fees = new long[config.Assets.Count];
        InitializeSor(config);
    }

    /// <summary>The configuration the engine was created with.</summary>
    public ExchangeConfig Config => _config;

    /// <summary>The events emitted by the last command (cleared when the next command starts).</summary>
    public EngineOutput Output { get; } = new();

    /// <summary>Number of accounts created.</summary>
    public int AccountCount => _accounts.Count;

    /// <summary>Number of resets performed (the current epoch).</summary>
    public long Epoch => _epoch;

    /// <summary>Executes any command; cancel-replace and test orders also have dedicated methods returning richer results.</summary>
    public EngineResult Execute(EngineCommand command) => command switch
    {
        PlaceOrder c => PlaceOrder(c),
        PlaceSorOrder c => PlaceSorOrder(c),
        CancelOrder c => CancelOrder(c),
        CancelAllOrders c => CancelAllOrders(c),
        CancelReplace c => CancelReplaceNewOrder(c),
        AmendOrder c => AmendOrder(c),
        PlaceOrderList c => PlaceOrderList(c),
        CancelOrderList c => CancelOrderList(c),
        CreateAccount c => CreateAccount(c),
        AdjustBalance c => AdjustBalance(c),
        SetAccountCommission c => SetAccountCommission(c),
        SetSymbolStatus c => SetSymbolStatus(c),
        SetReferencePrice c => SetReferencePrice(c),
        Reset c => Reset(c),
        _ => throw new ArgumentException("Unknown command type.", nameof(command)),
    };

    // Execute only dispatches: a command body inlined here (with its order spec and result temporaries, all holding
    // references) made every command zero a ~480-byte frame, whichever type it was.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private EngineResult CancelReplaceNewOrder(CancelReplace command) => CancelReplace(command).NewOrder;

    /// <summary>Creates an account with its initial grants.</summary>
    public EngineResult CreateAccount(CreateAccount command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Output.Clear();
        var account = new Account(_accounts.Count, _granted.Length, _symbols.Length)
        {
            TradeGroupId = command.TradeGroupId,
            IsSystem = command.IsSystem,
            DiscountEnabled = command.CommissionDiscountEnabled,
        };
        _accounts.Add(account);
        foreach (var grant in command.Grants)
        {
            if (!IsValidAsset(grant.Asset) || grant.Amount < 0 || !CanGrant(grant.Asset, grant.Amount))
            {
                continue;
            }

            Grant(account, grant.Asset, grant.Amount);
        }

        FlushBalances();
        SpillHistoryIfOver();
        return EngineResult.Success(accountId: account.Id);
    }

    /// <summary>Grants or debits a free balance; a debit larger than the free balance is rejected.</summary>
    public EngineResult AdjustBalance(AdjustBalance command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Output.Clear();
        if (!TryGetAccount(command.AccountId, out var account) || !IsValidAsset(command.Asset))
        {
            return EngineResult.Reject(EngineErrors.ErrorMessageReceived, "Unknown account or asset.");
        }

        if (command.Delta < 0 && account.Free(command.Asset) < -command.Delta)
        {
            return EngineResult.Reject(EngineErrors.NewOrderRejected, EngineErrors.InsufficientBalance);
        }

        if (!CanGrant(command.Asset, command.Delta))
        {
            return EngineResult.Reject(EngineErrors.ErrorMessageReceived, "Balance would overflow.");
        }

        Grant(account, command.Asset, command.Delta);
        FlushBalances();
        SpillHistoryIfOver();
        return EngineResult.Success(accountId: account.Id);
    }

    /// <summary>Sets an account's commission rates on a symbol.</summary>
    public EngineResult SetAccountCommission(SetAccountCommission command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Output.Clear();
        if (!TryGetAccount(command.AccountId, out var account) || !IsValidSymbol(command.SymbolId))
        {
            return EngineResult.Reject(EngineErrors.ErrorMessageReceived, "Unknown account or symbol.");
        }

        account.Commission[command.SymbolId] = command.Commission;
        SpillHistoryIfOver();
        return EngineResult.Success(accountId: account.Id);
    }

    /// <summary>Changes a symbol's trading status.</summary>
    public EngineResult SetSymbolStatus(SetSymbolStatus command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Output.Clear();
        if (!IsValidSymbol(command.SymbolId))
        {
            return EngineResult.Reject(EngineErrors.ErrorMessageReceived, "Unknown symbol.");
        }

        _symbols[command.SymbolId].Status = command.Status;
        SpillHistoryIfOver();
        return EngineResult.Success();
    }

    /// <summary>Sets or clears a symbol's external reference price (ignored while the engine calculates it).</summary>
    public EngineResult SetReferencePrice(SetReferencePrice command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Output.Clear();
        if (!IsValidSymbol(command.SymbolId))
        {
            return EngineResult.Reject(EngineErrors.ErrorMessageReceived, "Unknown symbol.");
        }

        _symbols[command.SymbolId].ExternalReferencePrice = command.ReferencePrice?.Units ?? 0;
        SpillHistoryIfOver();
        return EngineResult.Success();
    }

    /// <summary>Starts a new epoch: erases orders, lists, trades, history and balances; keeps accounts and id counters.</summary>
    public EngineResult Reset(Reset command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Output.Clear();
        _epoch++;
        foreach (var symbol in _symbols)
        {
            symbol.Bids.Clear();
            symbol.Asks.Clear();
            symbol.ClearStops();
            symbol.Orders.Clear();
            symbol.LastPrice = 0;
            symbol.LastTradeTime = 0;
            symbol.ReferenceBuckets.Clear();
            Array.Fill(symbol.BucketMinute, long.MinValue);
            Array.Clear(symbol.BucketQuote);
            Array.Clear(symbol.BucketQuantity);
            symbol.BookUpdateId++;
        }

        _lists.Clear();
        _history.Clear();
        Array.Clear(_granted);
        Array.Clear(_fees);
        Array.Clear(_sorPosition);
        foreach (var account in _accounts)
        {
            account.ClearBalances();
            Array.Clear(account.OpenOrders);
            Array.Clear(account.OpenAlgoOrders);
            Array.Clear(account.OpenIcebergOrders);
            Array.Clear(account.OpenLists);
            account.TotalOpenOrders = account.TotalOpenAlgoOrders = account.TotalOpenIcebergOrders = account.TotalOpenLists = 0;
            account.ClearOpen();
            account.ByClientId.Clear();
            account.Orders.Clear();
            account.Trades.Clear();
            account.Allocations.Clear();
            account.PreventedMatches.Clear();
            account.Amendments.Clear();
            account.Lists.Clear();
            account.ListsByClientId.Clear();
            foreach (var grant in command.Grants)
            {
                if (IsValidAsset(grant.Asset) && grant.Amount > 0 && CanGrant(grant.Asset, grant.Amount))
                {
                    Grant(account, grant.Asset, grant.Amount);
                }
            }
        }

        FlushBalances();
        SpillHistoryIfOver();
        return EngineResult.Success();
    }

    private bool IsValidAsset(int asset) => (uint)asset < (uint)_granted.Length;

    private bool IsValidSymbol(int symbolId) => (uint)symbolId < (uint)_symbols.Length;

    private bool TryGetAccount(int accountId, out Account account)
    {
        if ((uint)accountId < (uint)_accounts.Count)
        {
            account = _accounts[accountId];
            return true;
        }

        account = null!;
        return false;
    }

    /// <summary>Grants are capped so that no total (per account or per asset) leaves the 64-bit range; skipped grants are documented.</summary>
    private bool CanGrant(int asset, long amount) => amount <= 0 || _granted[asset] <= long.MaxValue / 2 - amount;

    private void Grant(Account account, int asset, long amount)
    {
        account.Free(asset) = checked(account.Free(asset) + amount);
        _granted[asset] = checked(_granted[asset] + amount);
        Touch(account.Id, asset, amount);
    }

    private void Touch(int accountId, int asset, long delta = 0)
    {
        var touched = _touched;
        for (var i = 0; i < touched.Count; i++)
        {
            var t = touched[i];
            if (t.AccountId == accountId && t.Asset == asset)
            {
                if (delta != 0)
                {
                    touched[i] = (accountId, asset, t.Delta + delta);
                }

                return;
            }
        }

        touched.Add((accountId, asset, delta));
    }

    /// <summary>Emits the final balances of everything the command touched.</summary>
    private void FlushBalances()
    {
        foreach (var (accountId, asset, delta) in _touched)
        {
            var account = _accounts[accountId];
            Output.BalanceUpdates.Add(new BalanceUpdate
            {
                AccountId = accountId,
                Asset = asset,
                Free = new Quantity(account.Free(asset)),
                Locked = new Quantity(account.Locked(asset)),
                Delta = delta,
            });
        }

        _touched.Clear();
    }

    private void Lock(Account account, Order order, int asset, long amount)
    {
        account.Free(asset) -= amount;
        account.Locked(asset) += amount;
        order.LockedAsset = asset;
        order.Locked += amount;
        Touch(account.Id, asset);
    }

    /// <summary>Releases part of an order's reservation back to free.</summary>
    private void Release(Order order, long amount) => Release(_accounts[order.AccountId], order, amount);

    /// <summary>Releases part of an order's reservation back to free, given the order's account (one list lookup fewer).</summary>
    private void Release(Account account, Order order, long amount)
    {
        if (amount <= 0)
        {
            return;
        }

        order.Locked -= amount;
        account.Locked(order.LockedAsset) -= amount;
        account.Free(order.LockedAsset) += amount;
        Touch(account.Id, order.LockedAsset);
    }

    /// <summary>Spends part of an order's reservation (it leaves the account).</summary>
    private void Spend(Order order, long amount)
    {
        var account = _accounts[order.AccountId];
        order.Locked -= amount;
        account.Locked(order.LockedAsset) -= amount;
        Touch(account.Id, order.LockedAsset);
    }

    private void Credit(int accountId, int asset, long amount)
    {
        _accounts[accountId].Free(asset) += amount;
        Touch(accountId, asset);
    }
}
