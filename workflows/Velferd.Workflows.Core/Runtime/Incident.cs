namespace Velferd.Workflows.Core.Runtime;

/// <summary>A fault recorded on an instance, for operators to read and act on.</summary>
public sealed record Incident
{
    /// <summary>Unique id.</summary>
    public required string Id { get; init; }

    /// <summary>The activity that faulted, if any.</summary>
    public string? ActivityId { get; init; }

    /// <summary>The activity type that faulted, if any.</summary>
    public string? ActivityType { get; init; }

    /// <summary>What went wrong, without personal data.</summary>
    public required string Message { get; init; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset Timestamp { get; init; }
}
