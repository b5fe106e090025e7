namespace Spotnet.Client.Tests;

public class SpotEnvironmentTests
{
    [Fact]
    public void Testnet_points_at_binance_vision() => Assert.Equal("testnet.binance.vision", SpotEnvironment.Testnet.RestBaseUri.Host);
}
