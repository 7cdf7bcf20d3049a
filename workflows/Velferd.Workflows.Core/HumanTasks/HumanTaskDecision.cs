namespace Velferd.Workflows.Core.HumanTasks;

/// <summary>What a rule decided about a requested change.</summary>
public abstract record HumanTaskDecision
{
    /// <summary>Allowed: save <see cref="Task"/> with its history row (null <see cref="Entry"/>: nothing to change).</summary>
    public sealed record Change(HumanTask Task, HumanTaskHistoryEntry? Entry) : HumanTaskDecision;

    /// <summary>The user may not do this to the task.</summary>
    public sealed record Forbidden(string Message) : HumanTaskDecision;

    /// <summary>The task's state does not allow it (completed, cancelled, held by someone else).</summary>
    public sealed record Conflict(string Message) : HumanTaskDecision;

    /// <summary>The request itself is wrong, field by field; nothing is stored.</summary>
    public sealed record Invalid(FieldErrors Errors) : HumanTaskDecision;
}
