namespace Velferd.Workflows.Simulator;

/// <summary>Runs the simulator alone: <c>dotnet run --project activities/Velferd.Workflows.Simulator</c>.</summary>
public static class SimulatorProgram
{
    /// <summary>Starts on <c>http://localhost:5090</c> (or the first argument) and runs until stopped.</summary>
    public static async Task Main(string[] args)
    {
        await using var server = await SimulatorServer.StartAsync(args.FirstOrDefault() ?? "http://localhost:5090");
        await Console.Out.WriteLineAsync($"Velferd simulator on {server.BaseUrl} (folkeregisteret/, krr/, digitalpost/, svarut/, fiksio/, arkiv/, maskinporten/, control/)");
        var stopped = new TaskCompletionSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stopped.TrySetResult();
        };
        await stopped.Task;
    }
}
