namespace Spotnet.Engine;

/// <summary>Order list status type (<c>listStatusType</c>).</summary>
public enum ListStatusType
{
    /// <summary><c>RESPONSE</c>.</summary>
    Response,

    /// <summary><c>EXEC_STARTED</c>.</summary>
    ExecStarted,

    /// <summary><c>UPDATED</c>.</summary>
    Updated,

    /// <summary><c>ALL_DONE</c>.</summary>
    AllDone,
}
