using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Json;
using Spotnet.Protocol.Models.MarketData;
using Spotnet.Protocol.Models.Trading;
using Spotnet.Protocol.Streams;
using Spotnet.Protocol.UserData;

namespace Spotnet.Benchmarks.Protocol;

/// <summary>Source-generated JSON on the hot paths: order answers and events written by the server, books read by the SDK.</summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private Utf8JsonWriter _writer = null!;
    private NewOrderResponse _fullOrder = null!;
    private NewOrderResponse _resultOrder = null!;
    private UserDataEvent _executionReport = null!;
    private MarketStreamEvent _trade = null!;
    private byte[] _depthJson = null!;
    private byte[] _executionReportJson = null!;

    /// <summary>Builds the payloads once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _writer = new Utf8JsonWriter(_buffer);
        _fullOrder = new NewOrderResponse
        {
            Symbol = "BTCUSDT", OrderId = 28, OrderListId = -1, ClientOrderId = "6gCrw2kRUAF9CvJDGP16IP", TransactTime = 1507725176595,
            Price = 0.00000000m, OriginalQuantity = 10.00000000m, ExecutedQuantity = 10.00000000m, OriginalQuoteOrderQuantity = 0.00000000m,
            CumulativeQuoteQuantity = 10.00000000m, Status = OrderStatus.Filled, TimeInForce = TimeInForce.Gtc, Type = OrderType.Market,
            Side = OrderSide.Sell, WorkingTime = 1507725176595, SelfTradePreventionMode = SelfTradePreventionMode.None,
            Fills = [.. Enumerable.Range(0, 5).Select(i => new OrderFill { Price = 4000.00000000m - i, Quantity = 1.00000000m, Commission = 4.00000000m, CommissionAsset = "USDT", TradeId = 56 + i })],
        };
        _resultOrder = _fullOrder with { Fills = null };
        _executionReport = new ExecutionReportEvent
        {
            EventTime = 1499405658658, Symbol = "ETHBTC", ClientOrderId = "mUvoqJxFIILMdfAW5iGSOW", Side = OrderSide.Buy, OrderType = OrderType.Limit,
            TimeInForce = TimeInForce.Gtc, Quantity = 1.00000000m, Price = 0.10264410m, StopPrice = 0.00000000m, IcebergQuantity = 0.00000000m,
            OrderListId = -1, OriginalClientOrderId = "", ExecutionType = ExecutionType.New, OrderStatus = OrderStatus.New, RejectReason = OrderRejectReason.None,
            OrderId = 4293153, LastExecutedQuantity = 0.00000000m, CumulativeFilledQuantity = 0.00000000m, LastExecutedPrice = 0.00000000m, Commission = 0m,
            TransactionTime = 1499405658657, TradeId = -1, ExecutionId = 8641984, IsOnBook = true, OrderCreationTime = 1499405658657,
            CumulativeQuoteQuantity = 0.00000000m, LastQuoteQuantity = 0.00000000m, QuoteOrderQuantity = 0.00000000m, WorkingTime = 1499405658657,
            SelfTradePreventionMode = SelfTradePreventionMode.None,
        };
        _trade = new TradeEvent { EventTime = 1672515782136, Symbol = "BNBBTC", TradeId = 12345, Price = 0.00100000m, Quantity = 100.00000000m, TradeTime = 1672515782136, IsBuyerMaker = true, Ignore = true };
        var book = new OrderBook
        {
            LastUpdateId = 1027024,
            Bids = [.. Enumerable.Range(0, 100).Select(i => new PriceLevel(40000.00000000m - i, 0.43100000m))],
            Asks = [.. Enumerable.Range(0, 100).Select(i => new PriceLevel(40001.00000000m + i, 0.12000000m))],
        };
        _depthJson = JsonSerializer.SerializeToUtf8Bytes(book, SpotJsonContext.Default.OrderBook);
        _executionReportJson = JsonSerializer.SerializeToUtf8Bytes(_executionReport, SpotJsonContext.Default.UserDataEvent);
    }

    /// <summary>FULL order answer with five fills, written to a reused buffer.</summary>
    [Benchmark]
    public int WriteFullOrder() => Write(_fullOrder, SpotJsonContext.Default.NewOrderResponse);

    /// <summary>The same answer through the server's hand-made writer (<c>NewOrderResponseWriter</c>), which the server uses instead.</summary>
    [Benchmark]
    public int WriteFullOrderServerWriter()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        Spotnet.Server.Endpoints.NewOrderResponseWriter.Write(_writer, _fullOrder);
        _writer.Flush();
        return _buffer.WrittenCount;
    }

    /// <summary>A RESULT answer (no fills), as the load generator's orders get.</summary>
    [Benchmark]
    public int WriteResultOrder() => Write(_resultOrder, SpotJsonContext.Default.NewOrderResponse);

    /// <summary>The RESULT answer through the server's hand-made writer.</summary>
    [Benchmark]
    public int WriteResultOrderServerWriter()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        Spotnet.Server.Endpoints.NewOrderResponseWriter.Write(_writer, _resultOrder);
        _writer.Flush();
        return _buffer.WrittenCount;
    }

    /// <summary>executionReport through the polymorphic base type.</summary>
    [Benchmark]
    public int WriteExecutionReport() => Write(_executionReport, SpotJsonContext.Default.UserDataEvent);

    /// <summary>Trade stream event through the polymorphic base type (serialized once per event for fan-out).</summary>
    [Benchmark]
    public int WriteTradeEvent() => Write(_trade, SpotJsonContext.Default.MarketStreamEvent);

    /// <summary>Depth snapshot of 100 + 100 levels read by the SDK.</summary>
    [Benchmark]
    public int ReadDepth100() => JsonSerializer.Deserialize(_depthJson, SpotJsonContext.Default.OrderBook)!.Bids.Count;

    /// <summary>executionReport read through the <c>e</c> discriminator.</summary>
    [Benchmark]
    public long ReadExecutionReport() => ((ExecutionReportEvent)JsonSerializer.Deserialize(_executionReportJson, SpotJsonContext.Default.UserDataEvent)!).OrderId;

    private int Write<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        JsonSerializer.Serialize(_writer, value, typeInfo);
        return _buffer.WrittenCount;
    }
}
