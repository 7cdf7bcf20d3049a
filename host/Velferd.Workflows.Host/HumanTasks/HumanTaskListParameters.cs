using Velferd.Workflows.Core.HumanTasks;

namespace Velferd.Workflows.Host.HumanTasks;

/// <summary>Inbox filters, order and paging (query string).</summary>
public sealed record HumanTaskListParameters(
    string? Pathway,
    string? CaseId,
    string? InstanceId,
    HumanTaskStatus[]? Status,
    DateTimeOffset? DueFrom,
    DateTimeOffset? DueTo,
    TaskPriority? Priority,
    HumanTaskSort? Sort,
    string? After,
    int? PageSize);
