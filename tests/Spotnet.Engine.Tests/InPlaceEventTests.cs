using System.Reflection;

namespace Spotnet.Engine.Tests;

/// <summary>
/// The engine builds order updates on reused event-buffer slots without zeroing them first (<c>Unsafe.SkipInit</c>):
/// a field that the in-place constructor does not set would carry the value of an older event into a new one.
/// </summary>
public sealed class InPlaceEventTests
{
    [Fact]
    public void An_order_update_built_on_a_used_slot_has_every_field_but_its_order_state_from_its_arguments()
    {
        var constructor = typeof(OrderUpdate).GetConstructors(BindingFlags.Instance | BindingFlags.NonPublic).Single();
        object[] arguments = [ExecutionType.Trade, "old-id", 5L, 6L, 7L, 8L, 2, 9L, 10L, true, 11L, 12L, 13L, true];
        var fields = typeof(OrderUpdate).GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public);

        // A slot a previous event filled with values that no argument gives.
        object slot = default(OrderUpdate);
        foreach (var field in fields)
        {
            field.SetValue(slot, Dirty(field.FieldType));
        }

        constructor.Invoke(slot, arguments);
        var fresh = constructor.Invoke(arguments);

        foreach (var field in fields.Where(field => field.Name != "<Order>k__BackingField"))
        {
            Assert.True(Equals(field.GetValue(fresh), field.GetValue(slot)), $"{field.Name} kept the older event's value");
        }
    }

    private static object? Dirty(Type type) => type switch
    {
        _ when type == typeof(string) => "stale",
        _ when type == typeof(bool) => true,
        _ when type == typeof(int) => 77,
        _ when type == typeof(long) => 77L,
        _ when type == typeof(Quantity) => new Quantity(77),
        _ when type == typeof(Price) => new Price(77),
        _ when type.IsEnum => Enum.ToObject(type, 77),
        _ => Activator.CreateInstance(type),
    };
}
