namespace Spotnet.Engine;

/// <summary>Which leg of a <see cref="PlaceOrderList"/> a rejection is about (its property: Working, Pending, Above, Below).</summary>
public enum OrderListLegRole
{
    /// <summary>Not about a list leg.</summary>
    None,

    /// <summary><see cref="PlaceOrderList.Working"/>.</summary>
    Working,

    /// <summary><see cref="PlaceOrderList.Pending"/>.</summary>
    Pending,

    /// <summary><see cref="PlaceOrderList.Above"/>.</summary>
    Above,

    /// <summary><see cref="PlaceOrderList.Below"/>.</summary>
    Below,
}
