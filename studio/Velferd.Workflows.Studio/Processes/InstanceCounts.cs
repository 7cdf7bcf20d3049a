using System.Globalization;

namespace Velferd.Workflows.Studio.Processes;

/// <summary>How many instances of a pathway version are running (or waiting), finished, cancelled and faulted.</summary>
public sealed record InstanceCounts(long Running, long Finished, long Cancelled, long Faulted)
{
    /// <summary>No instances.</summary>
    public static readonly InstanceCounts None = new(0, 0, 0, 0);

    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    /// <summary>All of them.</summary>
    public long Total => Running + Finished + Cancelled + Faulted;

    /// <summary>These counts with <paramref name="count"/> more instances of the host's sub-status <paramref name="subStatus"/>.</summary>
    public InstanceCounts With(string subStatus, long count) => subStatus switch
    {
        "Finished" => this with { Finished = Finished + count },
        "Cancelled" => this with { Cancelled = Cancelled + count },
        "Faulted" => this with { Faulted = Faulted + count },
        _ => this with { Running = Running + count },
    };

    /// <summary>A count as bokmål writes it, in groups of three: «12 345».</summary>
    public static string Format(long count) => count.ToString("N0", Norwegian);
}
