using Spotnet.LoadGenerator;

if (args.Length == 2 && args[0] == PlaintextServer.Verb)
{
    await PlaintextServer.RunAsync(args[1]).ConfigureAwait(false);
    return 0;
}

BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (ArgumentException exception)
{
    await Console.Error.WriteLineAsync(exception.Message).ConfigureAwait(false);
    await Console.Error.WriteLineAsync(BenchmarkOptions.Usage).ConfigureAwait(false);
    return 2;
}

return await SignedOrderBenchmark.RunAsync(options).ConfigureAwait(false);
