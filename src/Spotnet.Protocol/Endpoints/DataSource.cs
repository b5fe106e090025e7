namespace Spotnet.Protocol.Endpoints;

/// <summary>Where Binance says an endpoint's data comes from (latency class).</summary>
public enum DataSource
{
    /// <summary><c>Matching Engine</c>.</summary>
    MatchingEngine,
    /// <summary><c>Memory</c>.</summary>
    Memory,
    /// <summary><c>Memory =&gt; Database</c>: cache first, then the database.</summary>
    MemoryThenDatabase,
    /// <summary><c>Database</c>.</summary>
    Database,
    /// <summary>Not documented (the User Data Stream subscription methods).</summary>
    NotDocumented,
}
