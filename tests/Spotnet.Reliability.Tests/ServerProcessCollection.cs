namespace Spotnet.Reliability.Tests;

/// <summary>Tests that run the published server as a child process: one publish, and one server at a time on 2 cores.</summary>
[CollectionDefinition(Name)]
public sealed class ServerProcessCollection : ICollectionFixture<PublishedServer>
{
    /// <summary>Collection name.</summary>
    public const string Name = "Server process";
}
