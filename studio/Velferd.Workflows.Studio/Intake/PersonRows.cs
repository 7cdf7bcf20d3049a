namespace Velferd.Workflows.Studio.Intake;

/// <summary>
/// Rows of persons on an intake form (children, guardians) as the host takes them: empty rows are not sent, so the
/// host's <c>guardians[i]</c> is the i-th row sent, not the i-th row on the form; <see cref="Inputs"/> maps back.
/// </summary>
public sealed class PersonRows(string field, IReadOnlyList<PersonDraft> rows)
{
    // Which form row each person sent stands in.
    private List<int> _sentRows = [];

    /// <summary>The rows on the form.</summary>
    public IReadOnlyList<PersonDraft> Rows => rows;

    /// <summary>The persons of the last request, in the order sent (the host's index).</summary>
    public IReadOnlyList<PersonDraft> Sent => [.. _sentRows.Select(row => rows[row])];

    /// <summary>The persons to send (<paramref name="keepFirst"/>: the first row even when empty, for a required person).</summary>
    public List<Dictionary<string, object?>> ToBodies(IDictionary<string, string[]> errors, bool keepFirst = false)
    {
        var bodies = new List<Dictionary<string, object?>>();
        var sentRows = new List<int>();
        for (var row = 0; row < rows.Count; row++)
        {
            if (!rows[row].IsBlank || (keepFirst && row == 0))
            {
                bodies.Add(rows[row].ToBody($"{field}[{bodies.Count}]", errors));
                sentRows.Add(row);
            }
        }

        _sentRows = sentRows;
        return bodies;
    }

    /// <summary>The host's keys of the last persons sent → the inputs of their rows (<c>{field}[row].number</c>, …).</summary>
    public IEnumerable<KeyValuePair<string, string>> Inputs() =>
        _sentRows.SelectMany((row, sent) => PersonDraft.InputsOf($"{field}[{sent}]", $"{field}[{row}]"));
}
