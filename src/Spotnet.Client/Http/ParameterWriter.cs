using System.Globalization;
using System.Text;
using Spotnet.Protocol.Endpoints;
using Spotnet.Protocol.Enums;
using Spotnet.Protocol.Signing;

namespace Spotnet.Client.Http;

/// <summary>Writes a request's optional parameters into Protocol's <see cref="QueryStringBuilder"/>, skipping <see langword="null"/>s and spelling enums, times and lists as Binance does.</summary>
/// <remarks>It also records what Protocol's weight rules look at: which parameters are set, <c>limit</c>, and how many <c>symbols</c>.</remarks>
internal sealed class ParameterWriter : IWeightInputs
{
    // A request has a dozen parameters at most: a list scanned by IsSet costs a fraction of a hash set's allocations.
    private readonly List<string> _names = new(16);

    /// <summary>The encoded parameters, which Protocol signs and the client sends unchanged.</summary>
    public QueryStringBuilder Builder { get; } = new();

    /// <summary>The <c>limit</c> parameter, if set.</summary>
    public int? Limit { get; private set; }

    /// <summary>How many symbols <c>symbols</c> lists, if set.</summary>
    public int? SymbolCount { get; private set; }

    /// <summary>Whether <paramref name="parameter"/> was written.</summary>
    public bool IsSet(string parameter) => _names.Contains(parameter, StringComparer.Ordinal);

    /// <inheritdoc />
    public bool IsUnknownSymbol => false;

    /// <summary>Adds a text value; <see langword="null"/> is skipped.</summary>
    public ParameterWriter Add(string name, string? value)
    {
        if (value is not null)
        {
            Builder.Add(name, value);
            _names.Add(name);
        }

        return this;
    }

    /// <summary>Adds a decimal as written with its scale, in plain invariant notation; <see langword="null"/> is skipped.</summary>
    public ParameterWriter Add(string name, decimal? value)
    {
        if (value is { } number)
        {
            Builder.Add(name, number);
            _names.Add(name);
        }

        return this;
    }

    /// <summary>Adds an integer; <see langword="null"/> is skipped.</summary>
    public ParameterWriter Add(string name, long? value)
    {
        if (value is { } number)
        {
            Builder.Add(name, number);
            _names.Add(name);
            if (name == "limit")
            {
                Limit = (int)Math.Clamp(number, int.MinValue, int.MaxValue);
            }
        }

        return this;
    }

    /// <summary>Adds <c>true</c> or <c>false</c>; <see langword="null"/> is skipped.</summary>
    public ParameterWriter Add(string name, bool? value)
    {
        if (value is { } flag)
        {
            Builder.Add(name, flag);
            _names.Add(name);
        }

        return this;
    }

    /// <summary>Adds a time as Unix milliseconds; <see langword="null"/> is skipped.</summary>
    public ParameterWriter Add(string name, DateTimeOffset? value) => Add(name, value?.ToUnixTimeMilliseconds());

    /// <summary>Adds an enum by its wire spelling.</summary>
    public ParameterWriter AddEnum<TEnum>(string name, TEnum value)
        where TEnum : struct, Enum => Add(name, SpotEnumValues.ToWire(value));

    /// <summary>Adds an enum by its wire spelling; <see langword="null"/> is skipped.</summary>
    public ParameterWriter AddEnum<TEnum>(string name, TEnum? value)
        where TEnum : struct, Enum => value is { } member ? AddEnum(name, member) : this;

    /// <summary>Adds a list as the JSON array literal Binance expects (<c>["BTCUSDT","BNBBTC"]</c>); <see langword="null"/> is skipped.</summary>
    public ParameterWriter AddArray(string name, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            return this;
        }

        var json = new StringBuilder("[");
        for (var i = 0; i < values.Count; i++)
        {
            json.Append(i == 0 ? "\"" : ",\"").Append(values[i]).Append('"');
        }

        if (name == "symbols")
        {
            SymbolCount = values.Count;
        }

        return Add(name, json.Append(']').ToString());
    }

    /// <summary>Adds <c>recvWindow</c> in milliseconds with up to three decimals, as Binance documents it.</summary>
    public ParameterWriter AddReceiveWindow(TimeSpan receiveWindow) =>
        Add("recvWindow", (receiveWindow.Ticks / (decimal)TimeSpan.TicksPerMillisecond).ToString("0.###", CultureInfo.InvariantCulture));

    /// <summary>The encoded string written so far.</summary>
    public override string ToString() => Builder.ToString();
}
