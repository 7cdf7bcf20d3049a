namespace Velferd.Workflows.Core.HumanTasks;

/// <summary>The answer to a request on one task.</summary>
public abstract record HumanTaskResult
{
    /// <summary>Done; the task as it now is.</summary>
    public sealed record Ok(HumanTask Task) : HumanTaskResult;

    /// <summary>No such task, or one the user may not see.</summary>
    public sealed record NotFound : HumanTaskResult;

    /// <summary>The user sees the task but may not do this.</summary>
    public sealed record Forbidden(string Message) : HumanTaskResult;

    /// <summary>The task's state does not allow it (someone else was first, it is completed or cancelled).</summary>
    public sealed record Conflict(string Message) : HumanTaskResult;

    /// <summary>Bad input, field by field; nothing stored.</summary>
    public sealed record Invalid(FieldErrors Errors) : HumanTaskResult;
}
