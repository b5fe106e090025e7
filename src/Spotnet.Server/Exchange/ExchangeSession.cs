using Spotnet.Engine;
using Spotnet.Server.Api;

namespace Spotnet.Server.Exchange;

/// <summary>
/// The engine as work running under the engine lock sees it. Only valid inside a work item: read the engine's
/// <see cref="Output"/> right after <see cref="Execute"/> (the buffers are reused by the next command).
/// </summary>
public sealed class ExchangeSession
{
    private MatchingEngine _engine;
    private readonly OrderCountLimiter _orderCount;
    private readonly TimeProvider _time;
    private ExchangeEvents _events = new();
    private long _requestAccountId = -1;
    private int _requestFirstFills;
    private long _lastNow;

    internal ExchangeSession(MatchingEngine engine, ExchangeCatalog catalog, ExchangeAccounts accounts, OrderCountLimiter orderCount, TimeProvider time)
    {
        _engine = engine;
        Catalog = catalog;
        Accounts = accounts;
        _orderCount = orderCount;
        _time = time;
    }

    /// <summary>The engine, for queries (never execute commands on it directly: use <see cref="Execute"/>).</summary>
    public MatchingEngine Engine => _engine;

    /// <summary>What the last executed command emitted.</summary>
    public EngineOutput Output => _engine.Output;

    /// <summary>Symbol and asset names.</summary>
    public ExchangeCatalog Catalog { get; }

    /// <summary>Server ↔ engine account ids.</summary>
    public ExchangeAccounts Accounts { get; }

    /// <summary>
    /// The current time in microseconds since the Unix epoch, for commands. Never earlier than the last reading: a wall
    /// clock stepped back holds command, transaction and trade times at the last value until it catches up.
    /// </summary>
    public long Now => _lastNow = Math.Max(_lastNow, ApiRequest.MicrosecondsOf(_time.GetUtcNow()));

    /// <summary>The engine account of a server account, created with the allowance on first use.</summary>
    public int Account(long serverAccountId)
    {
        var existing = Accounts.EngineId(serverAccountId);
        if (existing >= 0)
        {
            return existing;
        }

        var result = Execute(new CreateAccount { Time = Now, Grants = Catalog.Allowance });
        Accounts.Add(serverAccountId, result.AccountId);
        Journal?.AddAccount(serverAccountId, result.AccountId);
        return result.AccountId;
    }

    /// <summary>Creates an account that belongs to no server account (the market simulator's liquidity providers).</summary>
    public int CreateSystemAccount(IReadOnlyList<AssetAmount> grants) =>
        Execute(new CreateAccount { Time = Now, Grants = grants, IsSystem = true }).AccountId;

    /// <summary>Executes a state-changing command and records its events for the batch.</summary>
    public EngineResult Execute(EngineCommand command)
    {
        BeforeChange(command);
        var result = _engine.Execute(command);
        _events.MarkIfReset(command, _engine.Epoch);
        Collect();
        return result;
    }

    /// <summary>Executes a cancel-replace, keeping both halves' results.</summary>
    public CancelReplaceResult CancelReplace(CancelReplace command)
    {
        BeforeChange(command);
        var result = _engine.CancelReplace(command);
        Collect();
        return result;
    }

    /// <summary>Validates an order without placing it (<c>order/test</c>); changes nothing.</summary>
    public TestOrderResult TestOrder(PlaceOrder command) => _engine.TestOrder(command);

    /// <summary>Where history that leaves the engine's memory is kept, or null when journaling is off (all of it stays in memory).</summary>
    internal HistoryArchive? Archive { get; set; }

    /// <summary>
    /// An order as the commands so far left it, even one the last command took out of the engine's memory (a command
    /// that spilled the very order it placed or changed); false when there is no such order.
    /// </summary>
    public bool TryGetOrder(int accountId, int symbolId, long orderId, out OrderState order)
    {
        if (_engine.TryGetOrder(accountId, symbolId, orderId, null, out order))
        {
            return true;
        }

        foreach (var item in _engine.Output.Spilled.Items)
        {
            if (item is { Kind: HistoryKind.Order } && item.AccountId == accountId && item.SymbolId == symbolId && item.Id == orderId)
            {
                order = item.Order;
                return true;
            }
        }

        return false;
    }

    /// <summary>An order list as the commands so far left it, even one the last command took out of the engine's memory; null when none.</summary>
    public ListStatus? GetOrderList(int accountId, long orderListId)
    {
        if (_engine.GetOrderList(accountId, orderListId, null) is { } list)
        {
            return list;
        }

        foreach (var item in _engine.Output.Spilled.Items)
        {
            if (item is { Kind: HistoryKind.OrderList } && item.AccountId == accountId && item.Id == orderListId)
            {
                return item.List;
            }
        }

        return null;
    }

    /// <summary>The journal of the running batch, or null when journaling is off.</summary>
    internal BatchJournal? Journal { get; set; }

    /// <summary>Whether state changes are refused (the journal cannot be written, or holds no snapshot to start from yet); set by the host before each work item.</summary>
    internal bool ReadOnly { get; set; }

    /// <summary>Swaps in an engine rebuilt from the durable state.</summary>
    internal void Replace(MatchingEngine engine) => _engine = engine;

    /// <summary>Validates an SOR order without placing it (<c>sor/order/test</c>); changes nothing.</summary>
    public TestOrderResult TestSorOrder(PlaceSorOrder command) => _engine.TestSorOrder(command);

    /// <summary>Starts a work item for one caller; first fills of that account's orders are handed to the caller to count.</summary>
    internal void Begin(long requestAccountId)
    {
        _requestAccountId = requestAccountId;
        _requestFirstFills = 0;
    }

    /// <summary>First fills of the caller's orders during its work item.</summary>
    internal int RequestFirstFills => _requestFirstFills;

    /// <summary>Hands over the batch's events and starts a new batch.</summary>
    internal ExchangeEvents TakeEvents()
    {
        var events = _events;
        _events = new ExchangeEvents();
        return events;
    }

    private void BeforeChange(EngineCommand command)
    {
        if (ReadOnly)
        {
            throw new JournalUnavailableException();
        }

        Journal?.AddCommand(command);
    }

    private void Collect()
    {
        var output = _engine.Output;
        var held = _events.Spilled.Count > 0;
        _events.Append(output, _engine.Epoch);
        if (!held && _events.Spilled.Count > 0)
        {
            // From now on queries see the batch's spilled items, until they are on disk.
            Archive?.Hold(_events.Spilled);
        }

        var updates = output.OrderUpdates.Items;
        for (var i = 0; i < updates.Length; i++)
        {
            if (!updates[i].IsFirstFill)
            {
                continue;
            }

            var serverAccount = Accounts.ServerId(updates[i].Order.AccountId);
            if (serverAccount < 0)
            {
                continue;
            }

            // The caller's own fills are counted after the pipeline added its placement, so the count never
            // floors at zero before the order that filled was even added.
            if (serverAccount == _requestAccountId)
            {
                _requestFirstFills++;
            }
            else
            {
                _orderCount.Decrement(serverAccount, 1, _orderCount.Clock.NowMilliseconds);
            }
        }
    }
}
