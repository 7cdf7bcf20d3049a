using Velferd.Workflows.Welfare.Letters;

namespace Velferd.Workflows.Host.Letters;

/// <summary>
/// A letter as <c>GET /api/cases/{id}/letters</c> shows it (DOMAIN-API.md): the recipient by the case person's id,
/// never the number or address; a blocked letter says only «manuell håndtering påkrevd» (R-63: the protection is not
/// spelled out).
/// </summary>
/// <param name="Id">The letter.</param>
/// <param name="Kind"><c>innkalling</c>, <c>avlysning</c>, <c>vedtak</c> or <c>informasjon</c>.</param>
/// <param name="RecipientRef">The case person's id.</param>
/// <param name="Channel"><c>dpi</c>, <c>print</c> or <c>blocked</c> once decided; null while queued.</param>
/// <param name="Status"><c>i-utboks</c>, <c>sendt</c>, <c>stoppet</c> or <c>feilet</c>.</param>
/// <param name="Reason">Why it was not sent.</param>
/// <param name="Title">The title.</param>
/// <param name="MeetingId">The meeting an invitation or cancellation is about.</param>
/// <param name="CreatedAt">When it was written.</param>
/// <param name="FinishedAt">When it was sent, stopped or given up.</param>
public sealed record LetterView(
    string Id, string Kind, string RecipientRef, string? Channel, string Status, string? Reason, string Title, string? MeetingId,
    DateTimeOffset CreatedAt, DateTimeOffset? FinishedAt)
{
    /// <summary>The view of <paramref name="letter"/>.</summary>
    public static LetterView Of(Letter letter) => new(
        letter.Id,
        letter.Kind,
        letter.PersonId,
        letter.Channel,
        letter.Status switch
        {
            LetterStatus.Sent => "sendt",
            LetterStatus.Blocked => "stoppet",
            LetterStatus.Failed => "feilet",
            _ => "i-utboks",
        },
        letter.Status switch
        {
            LetterStatus.Blocked => LetterRules.ManualHandling,
            LetterStatus.Failed => "sendingen ble gitt opp; manuell håndtering påkrevd",
            _ => null,
        },
        letter.Title,
        letter.MeetingId,
        letter.CreatedAt,
        letter.FinishedAt);
}
