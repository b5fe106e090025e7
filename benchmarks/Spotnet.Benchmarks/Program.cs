using BenchmarkDotNet.Running;
using Spotnet.Benchmarks.Engine;
using Spotnet.Benchmarks.Server;

if (args.Length > 0 && args[0] == "engine")
{
    EngineHarness.Run(args[1..]);
    return;
}

if (args.Length > 0 && args[0] == "history")
{
    HistoryStoreHarness.Run(args[1..]);
    return;
}

if (args.Length > 0 && args[0] == "journal")
{
    JournalPipelineHarness.Run(args[1..]);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
