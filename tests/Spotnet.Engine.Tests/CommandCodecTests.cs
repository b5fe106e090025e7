using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace Spotnet.Engine.Tests;

/// <summary>The journal's command encoding: every command type and every property survives a round trip.</summary>
public class CommandCodecTests
{
    public static TheoryData<string> CommandTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in ConcreteCommandTypes())
        {
            data.Add(type.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CommandTypes))]
    public void Every_command_round_trips_with_every_property_set(string typeName)
    {
        var type = ConcreteCommandTypes().Single(t => t.Name == typeName);
        var command = (EngineCommand)new ValueFactory().Create(type, typeName);

        var decoded = RoundTrip(command);

        Assert.IsType(type, decoded);
        AssertDeepEqual(command, decoded, typeName);
    }

    [Fact]
    public void Commands_with_optional_values_left_out_round_trip()
    {
        var commands = new EngineCommand[]
        {
            new PlaceOrder { Time = 1, AccountId = 0, SymbolId = 0, Side = OrderSide.Buy, Type = OrderType.Market, ClientOrderId = "x" },
            new CancelOrder { Time = 2, AccountId = 0, SymbolId = 0, NewClientOrderId = "y" },
            new PlaceOrderList { Time = 3, AccountId = 0, SymbolId = 0, Kind = OrderListKind.Oco, ListClientOrderId = "z" },
            new SetReferencePrice { Time = 4, SymbolId = 0 },
            new CreateAccount { Time = 5 },
        };

        foreach (var command in commands)
        {
            AssertDeepEqual(command, RoundTrip(command), command.GetType().Name);
        }
    }

    [Fact]
    public void Encoding_is_the_same_under_any_culture()
    {
        var command = (EngineCommand)new ValueFactory().Create(typeof(PlaceOrderList), "list");
        var invariant = Encode(command);
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal(invariant, Encode(command));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Unknown_version_or_tag_is_refused_as_invalid_data()
    {
        Assert.Throws<InvalidDataException>(() => CommandCodec.Read(new BinaryReader(new MemoryStream([99, 1]))));
        Assert.Throws<InvalidDataException>(() => CommandCodec.Read(new BinaryReader(new MemoryStream([CommandCodec.Version, 200]))));
    }

    private static IEnumerable<Type> ConcreteCommandTypes() =>
        typeof(EngineCommand).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(EngineCommand)) && !t.IsAbstract)
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    private static byte[] Encode(EngineCommand command)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            CommandCodec.Write(writer, command);
        }

        return stream.ToArray();
    }

    private static EngineCommand RoundTrip(EngineCommand command)
    {
        var bytes = Encode(command);
        using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
        var decoded = CommandCodec.Read(reader);
        Assert.Equal(bytes.Length, reader.BaseStream.Position);
        return decoded;
    }

    // Compares public properties recursively (lists element by element), naming the first property that differs.
    private static void AssertDeepEqual(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: expected {expected ?? "null"}, got {actual ?? "null"}");
            return;
        }

        var type = expected.GetType();
        Assert.Equal(type, actual.GetType());
        if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(Price) || type == typeof(Quantity)
            || type == typeof(AssetAmount) || type == typeof(CommissionRates))
        {
            Assert.True(Equals(expected, actual), $"{path}: expected {expected}, got {actual}");
            return;
        }

        if (expected is IEnumerable expectedItems)
        {
            var left = expectedItems.Cast<object?>().ToList();
            var right = ((IEnumerable)actual).Cast<object?>().ToList();
            Assert.True(left.Count == right.Count, $"{path}: expected {left.Count} items, got {right.Count}");
            for (var i = 0; i < left.Count; i++)
            {
                AssertDeepEqual(left[i], right[i], $"{path}[{i}]");
            }

            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            AssertDeepEqual(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
        }
    }

    /// <summary>
    /// Builds values where every property differs from its default and from every other number, so a field the codec
    /// drops, swaps or leaves at its default fails the comparison. Fails on any type it does not know.
    /// </summary>
    private sealed class ValueFactory
    {
        private int _next = 7;

        public object Create(Type type, string path)
        {
            var underlying = Nullable.GetUnderlyingType(type);
            if (underlying is not null)
            {
                return Create(underlying, path);
            }

            var n = _next++;
            if (type == typeof(long))
            {
                return 1_000_000_000_000L + n;
            }

            if (type == typeof(int))
            {
                return 1000 + n;
            }

            if (type == typeof(bool))
            {
                return true;
            }

            if (type == typeof(string))
            {
                return "value-" + n.ToString(CultureInfo.InvariantCulture) + "-é";
            }

            if (type.IsEnum)
            {
                // The last defined value: never the default, and a flags enum gets a non-zero combination.
                var values = Enum.GetValues(type);
                return values.GetValue(values.Length - 1)!;
            }

            if (type == typeof(Price))
            {
                return new Price(500_000_000L + n);
            }

            if (type == typeof(Quantity))
            {
                return new Quantity(300_000_000L + n);
            }

            if (type == typeof(IReadOnlyList<AssetAmount>))
            {
                return new[] { (AssetAmount)Create(typeof(AssetAmount), path + "[0]"), (AssetAmount)Create(typeof(AssetAmount), path + "[1]") };
            }

            if (type.Namespace == typeof(EngineCommand).Namespace && !type.IsInterface && !type.IsAbstract)
            {
                return CreateRecord(type, path);
            }

            Assert.Fail($"{path}: the test does not know how to build a {type} (teach it, and the codec)");
            return null!;
        }

        // Engine records: positional ones through their constructor, the others property by property.
        private object CreateRecord(Type type, string path)
        {
            var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            var parameters = constructor.GetParameters();
            if (parameters.Length > 0)
            {
                return constructor.Invoke([.. parameters.Select(p => Create(p.ParameterType, $"{path}.{p.Name}"))]);
            }

            var instance = Activator.CreateInstance(type)!;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                Assert.True(property.CanWrite, $"{path}.{property.Name} is read-only");
                property.SetValue(instance, Create(property.PropertyType, $"{path}.{property.Name}"));
            }

            return instance;
        }
    }
}
