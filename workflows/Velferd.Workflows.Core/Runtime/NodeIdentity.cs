namespace Velferd.Workflows.Core.Runtime;

/// <summary>
/// Who holds a lease, written into every claimed row (stimuli, outbox messages, deadlines) in one format,
/// <c>{machine}/{process}/{random}</c>, so an operator reading a stuck row knows which node and process took it.
/// </summary>
public static class NodeIdentity
{
    /// <summary>A new identity for one claiming component of this process.</summary>
    public static string New() => $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";
}
