using System.Globalization;
using System.Text.Json;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Json;
using M = Spotnet.Protocol.Models.Trading;

namespace Spotnet.Server.Endpoints;

/// <summary>
/// Writes a placement answer byte for byte as <see cref="SpotJsonContext"/> serializes <see cref="M.NewOrderResponse"/>
/// (same property order, nulls left out the same way). The generated metadata has no fast path for the record (its
/// decimals use a converter), and walking it cost more than anything else the server does after the engine.
/// A test compares the two on every property.
/// </summary>
internal static class NewOrderResponseWriter
{
    private static readonly JsonEncodedText Symbol = JsonEncodedText.Encode("symbol");
    private static readonly JsonEncodedText OrderId = JsonEncodedText.Encode("orderId");
    private static readonly JsonEncodedText OrderListId = JsonEncodedText.Encode("orderListId");
    private static readonly JsonEncodedText ClientOrderId = JsonEncodedText.Encode("clientOrderId");
    private static readonly JsonEncodedText TransactTime = JsonEncodedText.Encode("transactTime");
    private static readonly JsonEncodedText Price = JsonEncodedText.Encode("price");
    private static readonly JsonEncodedText PegPriceType = JsonEncodedText.Encode("pegPriceType");
    private static readonly JsonEncodedText PegOffsetType = JsonEncodedText.Encode("pegOffsetType");
    private static readonly JsonEncodedText PegOffsetValue = JsonEncodedText.Encode("pegOffsetValue");
    private static readonly JsonEncodedText PeggedPrice = JsonEncodedText.Encode("peggedPrice");
    private static readonly JsonEncodedText OriginalQuantity = JsonEncodedText.Encode("origQty");
    private static readonly JsonEncodedText ExecutedQuantity = JsonEncodedText.Encode("executedQty");
    private static readonly JsonEncodedText OriginalQuoteOrderQuantity = JsonEncodedText.Encode("origQuoteOrderQty");
    private static readonly JsonEncodedText CumulativeQuoteQuantity = JsonEncodedText.Encode("cummulativeQuoteQty");
    private static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
    private static readonly JsonEncodedText TimeInForce = JsonEncodedText.Encode("timeInForce");
    private static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText Side = JsonEncodedText.Encode("side");
    private static readonly JsonEncodedText StopPrice = JsonEncodedText.Encode("stopPrice");
    private static readonly JsonEncodedText TrailingDelta = JsonEncodedText.Encode("trailingDelta");
    private static readonly JsonEncodedText TrailingTime = JsonEncodedText.Encode("trailingTime");
    private static readonly JsonEncodedText WorkingTime = JsonEncodedText.Encode("workingTime");
    private static readonly JsonEncodedText IcebergQuantity = JsonEncodedText.Encode("icebergQty");
    private static readonly JsonEncodedText StrategyId = JsonEncodedText.Encode("strategyId");
    private static readonly JsonEncodedText StrategyType = JsonEncodedText.Encode("strategyType");
    private static readonly JsonEncodedText Fills = JsonEncodedText.Encode("fills");
    private static readonly JsonEncodedText PreventedMatches = JsonEncodedText.Encode("preventedMatches");
    private static readonly JsonEncodedText WorkingFloor = JsonEncodedText.Encode("workingFloor");
    private static readonly JsonEncodedText SelfTradePreventionMode = JsonEncodedText.Encode("selfTradePreventionMode");
    private static readonly JsonEncodedText TradeGroupId = JsonEncodedText.Encode("tradeGroupId");
    private static readonly JsonEncodedText PreventedMatchId = JsonEncodedText.Encode("preventedMatchId");
    private static readonly JsonEncodedText PreventedQuantity = JsonEncodedText.Encode("preventedQuantity");
    private static readonly JsonEncodedText UsedSor = JsonEncodedText.Encode("usedSor");
    private static readonly JsonEncodedText ExpiryReason = JsonEncodedText.Encode("expiryReason");

    /// <summary>Writes <paramref name="response"/> as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, M.NewOrderResponse response)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(response);
        writer.WriteStartObject();
        writer.WriteString(Symbol, response.Symbol);
        writer.WriteNumber(OrderId, response.OrderId);
        writer.WriteNumber(OrderListId, response.OrderListId);
        writer.WriteString(ClientOrderId, response.ClientOrderId);
        writer.WriteNumber(TransactTime, response.TransactTime);
        Decimal(writer, Price, response.Price);
        Enum(writer, PegPriceType, response.PegPriceType);
        Enum(writer, PegOffsetType, response.PegOffsetType);
        Number(writer, PegOffsetValue, response.PegOffsetValue);
        Decimal(writer, PeggedPrice, response.PeggedPrice);
        Decimal(writer, OriginalQuantity, response.OriginalQuantity);
        Decimal(writer, ExecutedQuantity, response.ExecutedQuantity);
        Decimal(writer, OriginalQuoteOrderQuantity, response.OriginalQuoteOrderQuantity);
        Decimal(writer, CumulativeQuoteQuantity, response.CumulativeQuoteQuantity);
        Enum(writer, Status, response.Status);
        Enum(writer, TimeInForce, response.TimeInForce);
        Enum(writer, Type, response.Type);
        Enum(writer, Side, response.Side);
        Decimal(writer, StopPrice, response.StopPrice);
        Number(writer, TrailingDelta, response.TrailingDelta);
        Number(writer, TrailingTime, response.TrailingTime);
        Number(writer, WorkingTime, response.WorkingTime);
        Decimal(writer, IcebergQuantity, response.IcebergQuantity);
        Number(writer, StrategyId, response.StrategyId);
        Number(writer, StrategyType, response.StrategyType);
        if (response.Fills is { } fills)
        {
            writer.WritePropertyName(Fills);
            JsonSerializer.Serialize(writer, fills, SpotJsonContext.Default.IReadOnlyListOrderFill);
        }

        if (response.PreventedMatches is { } preventedMatches)
        {
            writer.WritePropertyName(PreventedMatches);
            JsonSerializer.Serialize(writer, preventedMatches, SpotJsonContext.Default.IReadOnlyListOrderPreventedMatch);
        }

        Enum(writer, WorkingFloor, response.WorkingFloor);
        Enum(writer, SelfTradePreventionMode, response.SelfTradePreventionMode);
        Number(writer, TradeGroupId, response.TradeGroupId);
        Number(writer, PreventedMatchId, response.PreventedMatchId);
        Decimal(writer, PreventedQuantity, response.PreventedQuantity);
        if (response.UsedSor is { } usedSor)
        {
            writer.WriteBoolean(UsedSor, usedSor);
        }

        Enum(writer, ExpiryReason, response.ExpiryReason);
        writer.WriteEndObject();
    }

    // As DecimalStringConverter writes it.
    private static void Decimal(Utf8JsonWriter writer, JsonEncodedText name, decimal? value)
    {
        if (value is not { } amount)
        {
            return;
        }

        Span<byte> buffer = stackalloc byte[32];
        amount.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        writer.WriteString(name, buffer[..written]);
    }

    private static void Number(Utf8JsonWriter writer, JsonEncodedText name, long? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
    }

    private static void Enum<T>(Utf8JsonWriter writer, JsonEncodedText name, T? value)
        where T : struct, System.Enum
    {
        if (value is { } member)
        {
            writer.WriteString(name, WireEnum.ToWireUtf8(member));
        }
    }
}
