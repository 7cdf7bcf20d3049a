namespace Velferd.Workflows.Studio.Intake;

/// <summary>
/// The host's field errors of a 400 placed on a form: each next to the input that shows its key, and the rest (keys
/// without an input of their own, such as <c>child.birthDate</c> or <c>guardians</c>) in a summary above the form.
/// </summary>
public sealed class PlacedErrors
{
    private readonly Dictionary<string, List<string>> _atInput = new(StringComparer.Ordinal);

    /// <summary>No errors.</summary>
    public static readonly PlacedErrors None = new(new Dictionary<string, string[]>(), new Dictionary<string, string>());

    /// <summary>Places <paramref name="errors"/> (by the host's keys) with <paramref name="inputOfKey"/> (host key → input).</summary>
    public PlacedErrors(IReadOnlyDictionary<string, string[]> errors, IReadOnlyDictionary<string, string> inputOfKey)
    {
        var unplaced = new List<string>();
        foreach (var (key, messages) in errors.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (inputOfKey.TryGetValue(key, out var input))
            {
                if (!_atInput.TryGetValue(input, out var list))
                {
                    _atInput[input] = list = [];
                }

                list.AddRange(messages);
            }
            else
            {
                unplaced.AddRange(messages);
            }
        }

        Unplaced = unplaced;
    }

    /// <summary>The messages with no input of their own, for the summary.</summary>
    public IReadOnlyList<string> Unplaced { get; }

    /// <summary>True when there is nothing to show.</summary>
    public bool IsEmpty => _atInput.Count == 0 && Unplaced.Count == 0;

    /// <summary>The message(s) for <paramref name="input"/>, or null.</summary>
    public string? At(string input) => _atInput.TryGetValue(input, out var list) ? string.Join(" ", list) : null;
}
