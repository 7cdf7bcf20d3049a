namespace Velferd.Workflows.Studio.HostApi;

/// <summary>What a page tells the user about a problem the host reported: its field errors when it named any, else its message.</summary>
public static class ProblemText
{
    /// <summary>The text of <paramref name="problem"/>.</summary>
    public static string Of(ApiProblem problem) =>
        problem.FieldErrors.Count > 0 ? string.Join(" ", problem.FieldErrors.Values.SelectMany(e => e)) : problem.Message;
}
