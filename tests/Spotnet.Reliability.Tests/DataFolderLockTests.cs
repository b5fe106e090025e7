namespace Spotnet.Reliability.Tests;

/// <summary>
/// One server per data folder: a second published server on a folder that a running one holds stops at once with exit
/// code 2 and the reason, and the first keeps serving; once the first has stopped, the folder starts again.
/// </summary>
[Collection(ServerProcessCollection.Name)]
public sealed class DataFolderLockTests(PublishedServer published)
{
    [Fact]
    public async Task A_second_server_on_a_held_data_folder_exits_with_2_and_the_first_keeps_serving()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "spotnet-lock-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var first = await ServerProcess.StartAsync(published, dataDirectory, []))
            {
                var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => ServerProcess.StartAsync(published, dataDirectory, []));

                Assert.Contains("exited with 2", refusal.Message, StringComparison.Ordinal);
                Assert.Contains("Spotnet: cannot start:", refusal.Message, StringComparison.Ordinal);
                Assert.Contains("is in use by another Spotnet server", refusal.Message, StringComparison.Ordinal);
                using (var ping = await first.Http.GetAsync(new Uri("/api/v3/ping", UriKind.Relative)))
                {
                    Assert.Equal(System.Net.HttpStatusCode.OK, ping.StatusCode);
                }

                first.Terminate();
                Assert.True(await first.WaitForExitAsync(TimeSpan.FromSeconds(30)), first.Output);
            }

            using var again = await ServerProcess.StartAsync(published, dataDirectory, []);
            using var pong = await again.Http.GetAsync(new Uri("/api/v3/ping", UriKind.Relative));
            Assert.Equal(System.Net.HttpStatusCode.OK, pong.StatusCode);
        }
        finally
        {
            try
            {
                Directory.Delete(dataDirectory, true);
            }
            catch (IOException)
            {
                // Under /tmp; a file may still be closing.
            }
        }
    }
}
