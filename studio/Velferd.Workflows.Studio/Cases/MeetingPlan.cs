using Velferd.Workflows.Studio.Resources;

namespace Velferd.Workflows.Studio.Cases;

/// <summary>
/// The form that plans a team meeting on a case: what was typed, and the body of <c>POST /api/cases/{id}/meetings</c>.
/// What the studio cannot read itself (a time not in «dd.mm.åååå tt:mm», an invitee not «bruker:tjeneste») is a field
/// error under the host's own keys; everything else (a time in the past, no service, the consent) the host decides.
/// </summary>
public sealed class MeetingPlan
{
    /// <summary>The services a meeting may have present, in DOMAIN.md's order.</summary>
    public static readonly IReadOnlyList<string> KnownServices = ["helse", "ppt", "skole", "barnehage", "barnevern", "nav", "psykisk-helse"];

    /// <summary>The information categories a meeting may discuss .</summary>
    public static readonly IReadOnlyList<string> KnownCategories = ["helse", "skole", "barnevern", "okonomi", "annet"];

    /// <summary>When, as typed (Oslo time).</summary>
    public string? At { get; set; }

    /// <summary>The services present.</summary>
    public IReadOnlyCollection<string> Services { get; set; } = [];

    /// <summary>The categories discussed.</summary>
    public IReadOnlyCollection<string> Categories { get; set; } = [];

    /// <summary>The invitees as typed: «bruker:tjeneste», separated by commas.</summary>
    public string? Participants { get; set; }

    /// <summary>The request body, or the field errors (keyed as the host keys them) that stop it being sent.</summary>
    public (object? Body, IReadOnlyDictionary<string, string[]> Errors) ToRequest()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? at = null;
        if (!string.IsNullOrWhiteSpace(At))
        {
            at = OsloTime.Read(At);
            if (at is null)
            {
                errors["meeting.at"] = [Texts.CaseMeetingBadTime];
            }
        }

        var participants = new List<object>();
        foreach (var typed in (Participants ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = typed.Split(':', StringSplitOptions.TrimEntries);
            if (parts is not [{ Length: > 0 } user, { Length: > 0 } service])
            {
                errors["meeting.participants"] = [Texts.CaseMeetingBadParticipant];
                break;
            }

            participants.Add(new { user, service });
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        // Chosen codes in the known order, so the request reads the same whatever order they were ticked in.
        var body = new
        {
            at,
            services = KnownServices.Where(Services.Contains).ToList(),
            categories = KnownCategories.Where(Categories.Contains).ToList(),
            participants,
        };
        return (body, errors);
    }
}
