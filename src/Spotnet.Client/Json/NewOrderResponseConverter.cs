using System.Text.Json;
using System.Text.Json.Serialization;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Models.Trading;

namespace Spotnet.Client.Json;

/// <summary>Reads the FULL order answer (<see cref="NewOrderResponse"/>) in one pass.</summary>
/// <remarks>
/// The generated metadata builds init-only records through a boxed argument array, which made this, the SDK's hottest
/// parse, take several times longer and allocate three times the record's size (see <c>RestRequestPathBenchmarks</c>).
/// Unknown properties are skipped as the generated reader skips them; a test round-trips a record with every property set.
/// </remarks>
internal sealed class NewOrderResponseConverter : JsonConverter<NewOrderResponse>
{
    public override NewOrderResponse Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        WireReader.ExpectStartObject(ref reader);
        string? symbol = null, clientOrderId = null;
        long orderId = 0, orderListId = 0, transactTime = 0;
        decimal? price = null, peggedPrice = null, originalQuantity = null, executedQuantity = null, originalQuoteOrderQuantity = null;
        decimal? cumulativeQuoteQuantity = null, stopPrice = null, icebergQuantity = null, preventedQuantity = null;
        PegPriceType? pegPriceType = null;
        PegOffsetType? pegOffsetType = null;
        int? pegOffsetValue = null, strategyType = null;
        OrderStatus? status = null;
        TimeInForce? timeInForce = null;
        OrderType? type = null;
        OrderSide? side = null;
        long? trailingDelta = null, trailingTime = null, workingTime = null, strategyId = null, tradeGroupId = null, preventedMatchId = null;
        IReadOnlyList<OrderFill>? fills = null;
        IReadOnlyList<OrderPreventedMatch>? preventedMatches = null;
        WorkingFloor? workingFloor = null;
        SelfTradePreventionMode? selfTradePreventionMode = null;
        bool? usedSor = null;
        ExpiryReason? expiryReason = null;

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueIsEscaped ? System.Text.Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan;
            reader.Read();
            if (name.SequenceEqual("symbol"u8)) symbol = WireReader.String(ref reader);
            else if (name.SequenceEqual("orderId"u8)) orderId = reader.GetInt64();
            else if (name.SequenceEqual("orderListId"u8)) orderListId = reader.GetInt64();
            else if (name.SequenceEqual("clientOrderId"u8)) clientOrderId = WireReader.String(ref reader);
            else if (name.SequenceEqual("transactTime"u8)) transactTime = reader.GetInt64();
            else if (name.SequenceEqual("price"u8)) price = WireReader.OptionalDecimal(ref reader);
            else if (name.SequenceEqual("origQty"u8)) originalQuantity = WireReader.OptionalDecimal(ref reader);
            else if (name.SequenceEqual("executedQty"u8)) executedQuantity = WireReader.OptionalDecimal(ref reader);
            else if (name.SequenceEqual("origQuoteOrderQty"u8)) originalQuoteOrderQuantity = WireReader.OptionalDecimal(ref reader);
            else if (name.SequenceEqual("cummulativeQuoteQty"u8)) cumulativeQuoteQuantity = WireReader.OptionalDecimal(ref reader);
            else if (name.SequenceEqual("status"u8)) status = WireReader.OptionalEnum<OrderStatus>(ref reader);
            else if (name.SequenceEqual("timeInForce"u8)) timeInForce = WireReader.OptionalEnum<TimeInForce>(ref reader);
            else if (name.SequenceEqual("type"u8)) type = WireReader.OptionalEnum<OrderType>(ref reader);
            else if (name.SequenceEqual("side"u8)) side = WireReader.OptionalEnum<OrderSide>(ref reader);
            else if (name.SequenceEqual("workingTime"u8)) workingTime = WireReader.OptionalInt64(ref reader);
            else if (name.SequenceEqual("selfTradePreventionMode"u8)) selfTradePreventionMode = WireReader.OptionalEnum<SelfTradePreventionMode>(ref reader);
            else if (name.SequenceEqual("fills"u8)) fills = reader.TokenType == JsonTokenType.Null ? null : ReadFills(ref reader);
            else if (name.SequenceEqual("stopPrice"u8)) stopPrice = WireReader.OptionalDecimal(ref reader);
            else if (name.SequenceEqual("icebergQty"u8)) icebergQuantity = WireReader.OptionalDecimal(ref reader);
            else if (name.SequenceEqual("pegPriceType"u8)) pegPriceType = WireReader.OptionalEnum<PegPriceType>(ref reader);
            else if (name.SequenceEqual("pegOffsetType"u8)) pegOffsetType = WireReader.OptionalEnum<PegOffsetType>(ref reader);
            else if (name.SequenceEqual("pegOffsetValue"u8)) pegOffsetValue = WireReader.OptionalInt32(ref reader);
            else if (name.SequenceEqual("peggedPrice"u8)) peggedPrice = WireReader.OptionalDecimal(ref reader);
            else if (name.SequenceEqual("trailingDelta"u8)) trailingDelta = WireReader.OptionalInt64(ref reader);
            else if (name.SequenceEqual("trailingTime"u8)) trailingTime = WireReader.OptionalInt64(ref reader);
            else if (name.SequenceEqual("strategyId"u8)) strategyId = WireReader.OptionalInt64(ref reader);
            else if (name.SequenceEqual("strategyType"u8)) strategyType = WireReader.OptionalInt32(ref reader);
            else if (name.SequenceEqual("preventedMatches"u8)) preventedMatches = JsonSerializer.Deserialize(ref reader, SdkJson.Context.IReadOnlyListOrderPreventedMatch);
            else if (name.SequenceEqual("workingFloor"u8)) workingFloor = WireReader.OptionalEnum<WorkingFloor>(ref reader);
            else if (name.SequenceEqual("tradeGroupId"u8)) tradeGroupId = WireReader.OptionalInt64(ref reader);
            else if (name.SequenceEqual("preventedMatchId"u8)) preventedMatchId = WireReader.OptionalInt64(ref reader);
            else if (name.SequenceEqual("preventedQuantity"u8)) preventedQuantity = WireReader.OptionalDecimal(ref reader);
            else if (name.SequenceEqual("usedSor"u8)) usedSor = reader.TokenType == JsonTokenType.Null ? null : reader.GetBoolean();
            else if (name.SequenceEqual("expiryReason"u8)) expiryReason = WireReader.OptionalEnum<ExpiryReason>(ref reader);
            else reader.Skip();
        }

        return new NewOrderResponse
        {
            Symbol = symbol ?? throw WireReader.Missing("symbol", nameof(NewOrderResponse)),
            OrderId = orderId,
            OrderListId = orderListId,
            ClientOrderId = clientOrderId ?? throw WireReader.Missing("clientOrderId", nameof(NewOrderResponse)),
            TransactTime = transactTime,
            Price = price,
            PegPriceType = pegPriceType,
            PegOffsetType = pegOffsetType,
            PegOffsetValue = pegOffsetValue,
            PeggedPrice = peggedPrice,
            OriginalQuantity = originalQuantity,
            ExecutedQuantity = executedQuantity,
            OriginalQuoteOrderQuantity = originalQuoteOrderQuantity,
            CumulativeQuoteQuantity = cumulativeQuoteQuantity,
            Status = status,
            TimeInForce = timeInForce,
            Type = type,
            Side = side,
            StopPrice = stopPrice,
            TrailingDelta = trailingDelta,
            TrailingTime = trailingTime,
            WorkingTime = workingTime,
            IcebergQuantity = icebergQuantity,
            StrategyId = strategyId,
            StrategyType = strategyType,
            Fills = fills,
            PreventedMatches = preventedMatches,
            WorkingFloor = workingFloor,
            SelfTradePreventionMode = selfTradePreventionMode,
            TradeGroupId = tradeGroupId,
            PreventedMatchId = preventedMatchId,
            PreventedQuantity = preventedQuantity,
            UsedSor = usedSor,
            ExpiryReason = expiryReason,
        };
    }

    /// <summary>Writes as Protocol's context does (the SDK itself only reads order answers).</summary>
    public override void Write(Utf8JsonWriter writer, NewOrderResponse value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, Protocol.Json.SpotJsonContext.Default.NewOrderResponse);

    private static List<OrderFill> ReadFills(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected the fills array but found {reader.TokenType}.");
        }

        var fills = new List<OrderFill>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            fills.Add(ReadFill(ref reader));
        }

        return fills;
    }

    private static OrderFill ReadFill(ref Utf8JsonReader reader)
    {
        WireReader.ExpectStartObject(ref reader);
        Protocol.Enums.MatchType? matchType = null;
        decimal price = 0, quantity = 0, commission = 0;
        string? commissionAsset = null;
        long tradeId = 0;
        long? allocationId = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.ValueIsEscaped ? System.Text.Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan;
            reader.Read();
            if (name.SequenceEqual("price"u8)) price = WireReader.Decimal(ref reader);
            else if (name.SequenceEqual("qty"u8)) quantity = WireReader.Decimal(ref reader);
            else if (name.SequenceEqual("commission"u8)) commission = WireReader.Decimal(ref reader);
            else if (name.SequenceEqual("commissionAsset"u8)) commissionAsset = WireReader.String(ref reader);
            else if (name.SequenceEqual("tradeId"u8)) tradeId = reader.GetInt64();
            else if (name.SequenceEqual("matchType"u8)) matchType = WireReader.OptionalEnum<Protocol.Enums.MatchType>(ref reader);
            else if (name.SequenceEqual("allocId"u8)) allocationId = WireReader.OptionalInt64(ref reader);
            else reader.Skip();
        }

        return new OrderFill
        {
            MatchType = matchType,
            Price = price,
            Quantity = quantity,
            Commission = commission,
            CommissionAsset = commissionAsset ?? throw WireReader.Missing("commissionAsset", nameof(OrderFill)),
            TradeId = tradeId,
            AllocationId = allocationId,
        };
    }
}
