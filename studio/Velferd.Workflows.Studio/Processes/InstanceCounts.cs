namespace Velferd.Workflows.Studio.Processes;

/// <summary>How many instances of a pathway version are running (or waiting), finished, cancelled and faulted.</summary>
public sealed record InstanceCounts(int Running, int Finished, int Cancelled, int Faulted)
{
    /// <summary>No instances.</summary>
    public static readonly InstanceCounts None = new(0, 0, 0, 0);

    /// <summary>All of them.</summary>
    public int Total => Running + Finished + Cancelled + Faulted;

    /// <summary>These counts with one more instance of the host's sub-status <paramref name="subStatus"/>.</summary>
    public InstanceCounts With(string subStatus) => subStatus switch
    {
        "Finished" => this with { Finished = Finished + 1 },
        "Cancelled" => this with { Cancelled = Cancelled + 1 },
        "Faulted" => this with { Faulted = Faulted + 1 },
        _ => this with { Running = Running + 1 },
    };
}
