using Velferd.Workflows.Studio.Cases;
using Velferd.Workflows.Studio.Resources;

namespace Velferd.Workflows.Studio.Intake;

/// <summary>
/// The «Ny melding til barnevernet» form (P3; any service may send one, R-11): what was typed, and the body of
/// <c>POST /api/reports</c>. The host registers a melding whatever the children's numbers and decides every
/// field; the studio reads only the time received and places the host's errors at the inputs.
/// </summary>
public sealed class ReportDraft
{
    /// <summary>The channels a melding comes in through (DOMAIN-API.md).</summary>
    public static readonly IReadOnlyList<string> Channels = ["intern", "telefon", "brev", "digital", "fiksio", "muntlig"];

    /// <summary>Who reports: a public service, a private person, or someone anonymous.</summary>
    public static readonly IReadOnlyList<string> Categories = ["offentlig", "privat", "anonym"];

    /// <summary>The most children one form takes (the host's limit is higher).</summary>
    public const int MaxChildRows = 6;

    private static readonly string[] OwnInputs =
        ["receivedAt", "channel", "reporter.category", "reporter.role", "reporter.organisation", "reporter.organisationNumber", "reporter.fnr", "text", "acute"];

    private readonly List<PersonDraft> _children = [new()];
    private readonly PersonRows _childRows;
    private readonly PersonRows _guardians = new("guardians", [new PersonDraft(), new PersonDraft()]);

    /// <summary>A form with one child's row.</summary>
    public ReportDraft() => _childRows = new PersonRows("children", _children);

    /// <summary>When it was received, as typed in Oslo time; empty for now.</summary>
    public string? ReceivedAt { get; set; }

    /// <summary>The channel (a code of <see cref="Channels"/>).</summary>
    public string Channel { get; set; } = Channels[0];

    /// <summary>The reporter's category (a code of <see cref="Categories"/>).</summary>
    public string Category { get; set; } = Categories[0];

    /// <summary>The reporter's role (skole, barnehage, helsestasjon, nabo …).</summary>
    public string? Role { get; set; }

    /// <summary>The reporter's organisation.</summary>
    public string? Organisation { get; set; }

    /// <summary>A public reporter's organisation number, where the feedback goes .</summary>
    public string? OrganisationNumber { get; set; }

    /// <summary>A private reporter's fødselsnummer, where the feedback goes .</summary>
    public string? ReporterFnr { get; set; }

    /// <summary>What the melding says.</summary>
    public string? Text { get; set; }

    /// <summary>The melding describes acute danger.</summary>
    public bool Acute { get; set; }

    /// <summary>The children's rows (the first is always sent; empty further rows are not).</summary>
    public IReadOnlyList<PersonDraft> Children => _children;

    /// <summary>The children of the last request, in the order sent (the host's <c>childIndex</c>).</summary>
    public IReadOnlyList<PersonDraft> SentChildren => _childRows.Sent;

    /// <summary>The guardians' rows; empty ones are not sent.</summary>
    public IReadOnlyList<PersonDraft> Guardians => _guardians.Rows;

    /// <summary>True while another child's row may be added.</summary>
    public bool MayAddChild => _children.Count < MaxChildRows;

    /// <summary>Adds a row for another child (R-20: one record per child).</summary>
    public void AddChild()
    {
        if (MayAddChild)
        {
            _children.Add(new PersonDraft());
        }
    }

    /// <summary>The bokmål text of a channel code.</summary>
    public static string ChannelText(string channel) => channel switch
    {
        "intern" => Texts.ReportChannelIntern,
        "telefon" => Texts.ReportChannelTelefon,
        "brev" => Texts.ReportChannelBrev,
        "digital" => Texts.ReportChannelDigital,
        "fiksio" => Texts.ReportChannelFiksio,
        "muntlig" => Texts.ReportChannelMuntlig,
        _ => channel,
    };

    /// <summary>The bokmål text of a reporter category.</summary>
    public static string CategoryText(string category) => category switch
    {
        "offentlig" => Texts.ReportCategoryOffentlig,
        "privat" => Texts.ReportCategoryPrivat,
        "anonym" => Texts.ReportCategoryAnonym,
        _ => category,
    };

    /// <summary>
    /// The request body, or the field errors (under the host's keys) that stop it being sent. Only the category's own
    /// address is sent (an organisation number for a public reporter, a fødselsnummer for a private one), so a value
    /// typed before the category was changed does not go along.
    /// </summary>
    public (object? Body, IReadOnlyDictionary<string, string[]> Errors) ToRequest()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? receivedAt = null;
        if (!string.IsNullOrWhiteSpace(ReceivedAt))
        {
            receivedAt = OsloTime.Read(ReceivedAt);
            if (receivedAt is null)
            {
                errors["receivedAt"] = [Texts.ReportBadReceivedAt];
            }
        }

        var children = _childRows.ToBodies(errors, keepFirst: true);
        var guardians = _guardians.ToBodies(errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var body = new
        {
            receivedAt,
            channel = Channel,
            reporter = new
            {
                category = Category,
                role = Blank(Role),
                organisation = Category == "anonym" ? null : Blank(Organisation),
                organisationNumber = Category == "offentlig" ? Blank(OrganisationNumber) : null,
                fnr = Category == "privat" ? Blank(ReporterFnr)?.Replace(" ", "", StringComparison.Ordinal) : null,
            },
            children,
            guardians,
            text = Text,
            acute = Acute,
        };
        return (body, errors);
    }

    /// <summary>The host's errors of the last request placed on the form (inputs named as in <see cref="EnquiryDraft.Place"/>).</summary>
    public PlacedErrors Place(IReadOnlyDictionary<string, string[]> errors) =>
        new(errors, OwnInputs.Select(k => new KeyValuePair<string, string>(k, k))
            .Concat(_childRows.Inputs())
            .Concat(_guardians.Inputs())
            .ToDictionary(StringComparer.Ordinal));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
