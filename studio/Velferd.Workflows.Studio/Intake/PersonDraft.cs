using System.Globalization;
using Velferd.Workflows.Studio.Resources;

namespace Velferd.Workflows.Studio.Intake;

/// <summary>
/// A person as typed on an intake form (DOMAIN-API.md <c>Person</c>): a fødselsnummer, a D-number, or an unborn child's
/// due date, and a name. The host checks the number; the studio only reads the due date it has to send as
/// <c>YYYY-MM-DD</c>.
/// </summary>
public sealed class PersonDraft
{
    /// <summary>Identified by fødselsnummer.</summary>
    public const string ByFnr = "fnr";

    /// <summary>Identified by D-number.</summary>
    public const string ByDnr = "dnr";

    /// <summary>An unborn child, identified by the due date.</summary>
    public const string ByDueDate = "unborn";

    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    /// <summary>How the person is identified: <see cref="ByFnr"/>, <see cref="ByDnr"/> or <see cref="ByDueDate"/>.</summary>
    public string IdentifiedBy { get; set; } = ByFnr;

    /// <summary>The fødselsnummer or D-number as typed.</summary>
    public string? Number { get; set; }

    /// <summary>The due date as typed (dd.mm.åååå).</summary>
    public string? DueDate { get; set; }

    /// <summary>The name.</summary>
    public string? Name { get; set; }

    /// <summary>True when nothing is typed (an optional person left empty is not sent).</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Number) && string.IsNullOrWhiteSpace(DueDate) && string.IsNullOrWhiteSpace(Name);

    /// <summary>The person's label in a choice of how to identify them.</summary>
    public static string IdentityText(string identifiedBy) => identifiedBy switch
    {
        ByDnr => Texts.IntakeByDnr,
        ByDueDate => Texts.IntakeByDueDate,
        _ => Texts.IntakeByFnr,
    };

    /// <summary>
    /// The person as the host takes it; a due date the studio cannot read is an error under <c>{field}.dueDate</c>, the
    /// host's own key. Spaces in a number are dropped (people type «010203 12345»).
    /// </summary>
    public Dictionary<string, object?> ToBody(string field, IDictionary<string, string[]> errors)
    {
        var body = new Dictionary<string, object?>(StringComparer.Ordinal);
        var number = Number?.Replace(" ", "", StringComparison.Ordinal).Trim();
        switch (IdentifiedBy)
        {
            case ByDueDate:
                body["unborn"] = true;
                if (!string.IsNullOrWhiteSpace(DueDate))
                {
                    if (DateOnly.TryParseExact(DueDate.Trim(), ["dd.MM.yyyy", "d.M.yyyy"], Norwegian, DateTimeStyles.None, out var due))
                    {
                        body["dueDate"] = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    }
                    else
                    {
                        errors[$"{field}.dueDate"] = [Texts.IntakeBadDueDate];
                    }
                }

                break;
            case ByDnr:
                body["dnr"] = string.IsNullOrEmpty(number) ? null : number;
                break;
            default:
                body["fnr"] = string.IsNullOrEmpty(number) ? null : number;
                break;
        }

        body["name"] = string.IsNullOrWhiteSpace(Name) ? null : Name.Trim();
        return body;
    }

    /// <summary>
    /// Where the host's errors about the person at <paramref name="field"/> go on the form whose inputs for it are named
    /// <paramref name="input"/>: the person as a whole (R-56 «exactly one», R-75's age) and the numbers at the number,
    /// the due date and the name at theirs.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, string>> InputsOf(string field, string input) =>
    [
        new(field, $"{input}.number"),
        new($"{field}.fnr", $"{input}.number"),
        new($"{field}.dnr", $"{input}.number"),
        new($"{field}.unborn", $"{input}.number"),
        new($"{field}.dueDate", $"{input}.dueDate"),
        new($"{field}.name", $"{input}.name"),
    ];
}
