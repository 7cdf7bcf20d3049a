namespace Velferd.Workflows.Core;

/// <summary>
/// Field-level validation errors, keyed by the path of the offending field (<c>root.activities[2].type</c>).
/// All errors are collected before anything is refused, so a caller sees every problem at once.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    /// <summary>True when no error was added.</summary>
    public bool IsEmpty => _errors.Count == 0;

    /// <summary>True when <paramref name="field"/> already has an error (so a rule need not add a second one for it).</summary>
    public bool Contains(string field) => _errors.ContainsKey(field);

    /// <summary>Adds an error for a field.</summary>
    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            messages = [];
            _errors[field] = messages;
        }

        messages.Add(message);
    }

    /// <summary>The errors in the shape of ASP.NET Core's validation problem.</summary>
    public IDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>A single error.</summary>
    public static FieldErrors Of(string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return errors;
    }
}
