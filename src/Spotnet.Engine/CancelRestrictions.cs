namespace Spotnet.Engine;

/// <summary>Cancel restrictions (<c>cancelRestrictions</c>).</summary>
public enum CancelRestrictions
{
    /// <summary>No restriction.</summary>
    None,

    /// <summary><c>ONLY_NEW</c>.</summary>
    OnlyNew,

    /// <summary><c>ONLY_PARTIALLY_FILLED</c>.</summary>
    OnlyPartiallyFilled,
}
