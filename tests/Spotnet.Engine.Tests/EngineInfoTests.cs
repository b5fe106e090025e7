namespace Spotnet.Engine.Tests;

public class EngineInfoTests
{
    [Fact]
    public void Scale_is_eight_decimals() => Assert.Equal(100_000_000L, EngineInfo.Scale);
}
