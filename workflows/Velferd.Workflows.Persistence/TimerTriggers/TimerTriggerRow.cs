namespace Velferd.Workflows.Persistence.TimerTriggers;

/// <summary>A row of <c>timer_triggers</c>.</summary>
public sealed class TimerTriggerRow
{
    public string Id { get; set; } = "";

    public string DefinitionId { get; set; } = "";

    public string DefinitionVersionId { get; set; } = "";

    public string ActivityId { get; set; } = "";

    public string Schedule { get; set; } = "";

    public DateTimeOffset NextFireAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
