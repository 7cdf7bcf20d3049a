using Velferd.Workflows.Studio.Resources;
using Velferd.Workflows.Studio.SignIn;

namespace Velferd.Workflows.Studio.Intake;

/// <summary>
/// The «Ny henvendelse» form (DOMAIN.md P1 «Én dør inn»): what was typed, and the body of <c>POST /api/enquiries</c>.
/// The host decides everything (channel, asker, the concern, the team, R-56/R-57 on each person, R-75's age); the studio
/// reads only the due date it must send as a date, and places the host's errors at the inputs.
/// </summary>
public sealed class EnquiryDraft
{
    /// <summary>The channels a henvendelse comes in through, in DOMAIN.md's order.</summary>
    public static readonly IReadOnlyList<string> Channels = ["familiehjelpa", "koordinator", "undring", "webskjema"];

    /// <summary>Who may be asking.</summary>
    public static readonly IReadOnlyList<string> Askers = ["forelder", "ungdom", "fagperson", "anonym"];

    /// <summary>How many guardians the form offers (the host takes up to its own limit).</summary>
    public const int GuardianRows = 2;

    private static readonly string[] OwnInputs = ["channel", "asker", "concern", "acute", "team"];

    private readonly PersonRows _guardians = new("guardians", [.. Enumerable.Range(0, GuardianRows).Select(_ => new PersonDraft())]);

    /// <summary>The channel (a code of <see cref="Channels"/>).</summary>
    public string Channel { get; set; } = Channels[0];

    /// <summary>Who asks (a code of <see cref="Askers"/>).</summary>
    public string Asker { get; set; } = Askers[0];

    /// <summary>The concern in the asker's words.</summary>
    public string? Concern { get; set; }

    /// <summary>The asker describes acute danger.</summary>
    public bool Acute { get; set; }

    /// <summary>The team that triages it.</summary>
    public string? Team { get; set; }

    /// <summary>The child.</summary>
    public PersonDraft Child { get; } = new();

    /// <summary>The guardians' rows; empty ones are not sent.</summary>
    public IReadOnlyList<PersonDraft> Guardians => _guardians.Rows;

    /// <summary>The bokmål text of a channel code.</summary>
    public static string ChannelText(string channel) => channel switch
    {
        "familiehjelpa" => Texts.EnquiryChannelFamiliehjelpa,
        "koordinator" => Texts.EnquiryChannelKoordinator,
        "undring" => Texts.EnquiryChannelUndring,
        "webskjema" => Texts.EnquiryChannelWebskjema,
        _ => channel,
    };

    /// <summary>The bokmål text of an asker code.</summary>
    public static string AskerText(string asker) => asker switch
    {
        "forelder" => Texts.EnquiryAskerForelder,
        "ungdom" => Texts.EnquiryAskerUngdom,
        "fagperson" => Texts.EnquiryAskerFagperson,
        "anonym" => Texts.EnquiryAskerAnonym,
        _ => asker,
    };

    /// <summary>
    /// The teams <paramref name="user"/> may register for, as the host's <c>CanRegisterFor</c> decides: their own. An
    /// administrator may register for any team, so the form lets them type it (an empty list here).
    /// </summary>
    public static IReadOnlyList<string> TeamsFor(StudioUser user) =>
        user.Roles.Contains(StudioRoles.Admin) ? [] : [.. user.Teams.Order(StringComparer.Ordinal)];

    /// <summary>A new form for <paramref name="user"/>: their team chosen when they have only one.</summary>
    public static EnquiryDraft For(StudioUser user) => new() { Team = TeamsFor(user) is [var only] ? only : null };

    /// <summary>The request body, or the field errors (under the host's keys) that stop it being sent.</summary>
    public (object? Body, IReadOnlyDictionary<string, string[]> Errors) ToRequest()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var child = Child.ToBody("child", errors);
        var guardians = _guardians.ToBodies(errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var body = new
        {
            channel = Channel,
            asker = Asker,
            concern = Concern,
            acute = Acute,
            team = string.IsNullOrWhiteSpace(Team) ? null : Team.Trim(),
            child,
            guardians,
        };
        return (body, errors);
    }

    /// <summary>
    /// The host's errors of the last request placed on the form: the inputs are named as the host's keys for the
    /// form's own fields, <c>child.number</c>/<c>child.dueDate</c>/<c>child.name</c> for the child and
    /// <c>guardians[row].number</c>/<c>.name</c> for a guardian's row.
    /// </summary>
    public PlacedErrors Place(IReadOnlyDictionary<string, string[]> errors)
    {
        var inputs = OwnInputs.Select(k => new KeyValuePair<string, string>(k, k))
            .Concat(PersonDraft.InputsOf("child", "child"))
            .Concat(_guardians.Inputs())
            .ToDictionary(StringComparer.Ordinal);
        return new PlacedErrors(errors, inputs);
    }
}
