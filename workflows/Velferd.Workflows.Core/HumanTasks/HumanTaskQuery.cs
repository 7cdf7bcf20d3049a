namespace Velferd.Workflows.Core.HumanTasks;

/// <summary>Filters, order and keyset cursor of an inbox list. Every filter that is set must hold (AND).</summary>
public sealed record HumanTaskQuery
{
    /// <summary>Only tasks held by (or completed by) this user.</summary>
    public string? AssignedTo { get; init; }

    /// <summary>Only tasks offered to one of these teams.</summary>
    public IReadOnlyCollection<string>? Teams { get; init; }

    /// <summary>Only tasks without a candidate role or with one of these.</summary>
    public IReadOnlyCollection<string>? Roles { get; init; }

    /// <summary>Never tasks of these cases (another service's own material, R-64); null or empty: no limit.</summary>
    public IReadOnlyCollection<string>? HiddenCases { get; init; }

    /// <summary>Never tasks of cases of these kinds (another service's own material, R-64); null or empty: no limit.</summary>
    public IReadOnlyCollection<string>? HiddenCaseKinds { get; init; }

    /// <summary>Only tasks in one of these states.</summary>
    public IReadOnlyCollection<HumanTaskStatus>? Statuses { get; init; }

    /// <summary>Only tasks of this pathway (definition id).</summary>
    public string? DefinitionId { get; init; }

    /// <summary>Only tasks of this case (correlation id).</summary>
    public string? CorrelationId { get; init; }

    /// <summary>Only tasks of this instance.</summary>
    public string? WorkflowInstanceId { get; init; }

    /// <summary>Only tasks due at or after this instant.</summary>
    public DateTimeOffset? DueFrom { get; init; }

    /// <summary>Only tasks due before this instant (also: overdue at this instant).</summary>
    public DateTimeOffset? DueBefore { get; init; }

    /// <summary>Only tasks of this priority.</summary>
    public TaskPriority? Priority { get; init; }

    /// <summary>The order.</summary>
    public HumanTaskSort Sort { get; init; } = HumanTaskSort.Due;

    /// <summary>The <see cref="HumanTaskPage.NextCursor"/> of the previous page.</summary>
    public string? After { get; init; }

    /// <summary>Page size.</summary>
    public int PageSize { get; init; } = 50;
}
