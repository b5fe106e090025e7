namespace Spotnet.Engine;

/// <summary>The kind of order list placed.</summary>
public enum OrderListKind
{
    /// <summary><c>OCO</c>.</summary>
    Oco,

    /// <summary><c>OTO</c>.</summary>
    Oto,

    /// <summary><c>OTOCO</c> (reported as contingency <c>OTO</c>).</summary>
    Otoco,

    /// <summary><c>OPO</c> (reported as contingency <c>OTO</c>).</summary>
    Opo,

    /// <summary><c>OPOCO</c> (reported as contingency <c>OTO</c>).</summary>
    Opoco,
}
