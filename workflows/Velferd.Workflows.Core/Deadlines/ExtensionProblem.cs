namespace Velferd.Workflows.Core.Deadlines;

/// <summary>Why an extension could not be considered.</summary>
public enum ExtensionProblem
{
    /// <summary>No such deadline.</summary>
    NotFound,

    /// <summary>A concurrent change won.</summary>
    Conflict,
}
