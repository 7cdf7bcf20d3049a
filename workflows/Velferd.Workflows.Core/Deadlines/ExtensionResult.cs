namespace Velferd.Workflows.Core.Deadlines;

/// <summary>The answer to an extension request or approval.</summary>
/// <param name="Deadline">The deadline after the change.</param>
/// <param name="Errors">Why it was refused.</param>
/// <param name="Problem">Not found or conflict.</param>
public sealed record ExtensionResult(Deadline? Deadline, FieldErrors? Errors, ExtensionProblem? Problem)
{
    /// <summary>No such deadline.</summary>
    public static ExtensionResult NotFound { get; } = new(null, null, ExtensionProblem.NotFound);

    /// <summary>Someone changed it first (or the pump is firing it); read it again.</summary>
    public static ExtensionResult Conflict { get; } = new(null, null, ExtensionProblem.Conflict);

    /// <summary>Refused with field errors.</summary>
    public static ExtensionResult Invalid(FieldErrors errors) => new(null, errors, null);

    /// <summary>Done.</summary>
    public static ExtensionResult Done(Deadline deadline) => new(deadline, null, null);
}
