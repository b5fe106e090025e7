using System.Text.Json.Serialization;
using Spotnet.Protocol.Json;

namespace Spotnet.Protocol.Models.General;

/// <summary>Price range execution rule (<c>ruleType</c> = <c>PRICE_RANGE</c>).</summary>
public sealed record PriceRangeRule : ExecutionRule
{
    /// <summary>Rule type (<c>ruleType</c>).</summary>
    [JsonPropertyName("ruleType")]
    public string RuleType => "PRICE_RANGE";

    /// <summary>Bid limit multiplier up (<c>bidLimitMultUp</c>).</summary>
    [JsonPropertyName("bidLimitMultUp")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? BidLimitMultiplierUp { get; init; }

    /// <summary>Bid limit multiplier down (<c>bidLimitMultDown</c>).</summary>
    [JsonPropertyName("bidLimitMultDown")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? BidLimitMultiplierDown { get; init; }

    /// <summary>Ask limit multiplier up (<c>askLimitMultUp</c>).</summary>
    [JsonPropertyName("askLimitMultUp")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? AskLimitMultiplierUp { get; init; }

    /// <summary>Ask limit multiplier down (<c>askLimitMultDown</c>).</summary>
    [JsonPropertyName("askLimitMultDown")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonConverter(typeof(DecimalStringConverter))]
    public decimal? AskLimitMultiplierDown { get; init; }
}
