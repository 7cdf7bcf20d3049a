namespace Velferd.Workflows.Studio.HostApi;

/// <summary>
/// The host's answer to a call: the value, or the problem it reported (status, the server's own message, and field
/// errors keyed as the API keys them, e.g. <c>form.begrunnelse</c>).
/// </summary>
public sealed record ApiAnswer<T>(T? Value, ApiProblem? Problem)
{
    /// <summary>True when the host answered with a value.</summary>
    public bool IsOk => Problem is null;
}

/// <summary>A problem the host reported.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Message">The server's message (title and detail), never a stack trace.</param>
/// <param name="FieldErrors">Field errors of a 400, by key.</param>
public sealed record ApiProblem(int Status, string Message, IReadOnlyDictionary<string, string[]> FieldErrors)
{
    /// <summary>The errors of one field, or none.</summary>
    public IReadOnlyList<string> For(string key) => FieldErrors.TryGetValue(key, out var errors) ? errors : [];
}
