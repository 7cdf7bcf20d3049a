namespace Velferd.Workflows.Core.TimerTriggers;

/// <summary>
/// A published pathway that a timer starts (Elsa's <c>Elsa.Timer</c>, <c>Elsa.Cron</c> or <c>Elsa.StartAt</c> at its
/// start, with «start the workflow» ticked): one durable row per trigger activity of the published version. Firing the
/// row stores the start and moves <see cref="NextFireAt"/> on in one transaction, so a start is never lost or doubled
/// however many nodes run the pump.
/// </summary>
public sealed record TimerTrigger
{
    /// <summary>Unique id: the definition version and the activity (<see cref="IdOf"/>).</summary>
    public required string Id { get; init; }

    /// <summary>The pathway.</summary>
    public required string DefinitionId { get; init; }

    /// <summary>The published version the trigger was read from; it is the one started.</summary>
    public required string DefinitionVersionId { get; init; }

    /// <summary>The trigger activity.</summary>
    public required string ActivityId { get; init; }

    /// <summary>The schedule as the planner wrote it (<see cref="ITimerTriggerPlanner"/>): its kind and its expression.</summary>
    public required string Schedule { get; init; }

    /// <summary>When it fires next (UTC).</summary>
    public required DateTimeOffset NextFireAt { get; init; }

    /// <summary>When it was first stored.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The row id of a version's trigger activity.</summary>
    public static string IdOf(string definitionVersionId, string activityId) => $"{definitionVersionId}/{activityId}";
}
