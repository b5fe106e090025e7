namespace Spotnet.Server.Tests;

public class ServerAssemblyTests
{
    [Fact]
    public void Server_assembly_is_an_executable() => Assert.NotNull(typeof(Program).Assembly.EntryPoint);
}
