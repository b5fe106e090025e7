namespace Spotnet.EndToEnd.Tests;

/// <summary>A test that runs only with <c>SPOTNET_LONG_TESTS=1</c> (it waits on real server timeouts).</summary>
public sealed class LongFactAttribute : FactAttribute
{
    /// <summary>Skips the test unless long tests are switched on.</summary>
    public LongFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("SPOTNET_LONG_TESTS") != "1")
        {
            Skip = "Waits on real server timeouts; set SPOTNET_LONG_TESTS=1 to run it.";
        }
    }
}
