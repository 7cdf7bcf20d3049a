using System.Text.RegularExpressions;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Meetings;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Letters;

/// <summary>
/// What a letter must say and to whom it goes (R-70, R-31): a decision states its reasons and appeal information; a
/// meeting's invitation goes to the family, and its cancellation says «avlyst» and the time, nothing about the case.
/// How it goes (KRR, print, R-63) is decided just before sending, not here.
/// </summary>
public static partial class LetterRules
{
    /// <summary>The block a person must act on, spelled as DOMAIN.md writes it (R-63).</summary>
    public const string ManualHandling = "manuell håndtering påkrevd";

    /// <summary>The longest title.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>The longest text, reasons or appeal information.</summary>
    public const int MaxTextLength = 8000;

    /// <summary>From this age the child gets the family's letters in their own name too (R-28: from 16 the young person consents alone for health).</summary>
    public const int OwnLetterAge = 16;

    /// <summary>The title of a meeting invitation (no case details: the archive and the mailbox show it).</summary>
    public const string InvitationTitle = "Innkalling til samarbeidsmøte";

    /// <summary>The title of a cancellation.</summary>
    public const string CancellationTitle = "Møtet er avlyst";

    /// <summary>The recipient of a letter to a melding's reporter (R-17), whose address stays on the melding.</summary>
    public const string Reporter = "melder";

    /// <summary>
    /// A caseworker's letter to one of the case's persons, all field errors at once (<c>letter.{field}</c>): a known
    /// kind, a recipient of the case with an identity number, a title without an identity number, a text; a decision
    /// needs reasons and appeal information (R-70). A closed case is a conflict.
    /// </summary>
    public static CaseChange<Letter> Write(WelfareCase subject, LetterInput input, string by, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        var kind = input.Kind?.Trim();
        if (kind is null || !LetterKinds.Written.Contains(kind))
        {
            errors.Add("letter.kind", $"Bruk {string.Join(" eller ", LetterKinds.Written)}.");
        }

        var recipient = subject.Persons.FirstOrDefault(p => p.Id == input.PersonId);
        if (recipient is null)
        {
            errors.Add("letter.personId", "Mottakeren må være en av personene i saken.");
        }
        else if (recipient.Identity.Number is null)
        {
            errors.Add("letter.personId", "Mottakeren har ikke fødselsnummer eller D-nummer; brevet kan ikke sendes.");
        }

        TextRules.Required(input.Title, "letter.title", "Tittel", MaxTitleLength, errors);
        if (input.Title is { } title && IdentityNumberLike().IsMatch(title))
        {
            errors.Add("letter.title", "Tittelen kan ikke inneholde fødselsnummer: den vises i arkivet og i postkassen.");
        }

        TextRules.Required(input.Body, "letter.body", "Brevtekst", MaxTextLength, errors);
        if (kind == LetterKinds.Decision)
        {
            TextRules.Required(input.Reasons, "letter.reasons", "Et vedtak må begrunnes (R-70): begrunnelse", MaxTextLength, errors);
            TextRules.Required(input.AppealInformation, "letter.appealInformation", "Et vedtak må opplyse om klageadgang, klageinstans og klagefrist (R-70): klageadgang", MaxTextLength, errors);
        }
        else
        {
            TextRules.Limit(input.Reasons, "letter.reasons", MaxTextLength, errors);
            TextRules.Limit(input.AppealInformation, "letter.appealInformation", MaxTextLength, errors);
        }

        if (!errors.IsEmpty)
        {
            return new CaseChange<Letter>.Invalid(errors);
        }

        if (subject.Status == CaseStatus.Closed)
        {
            return new CaseChange<Letter>.Conflict("Saken er avsluttet.");
        }

        var letter = New(subject, recipient!.Id, kind!, input.Title!.Trim(), input.Body!.Trim(), by, now, 0) with
        {
            Reasons = TextRules.Trimmed(input.Reasons),
            AppealInformation = TextRules.Trimmed(input.AppealInformation),
        };
        return new CaseChange<Letter>.Applied(letter, [Queued(subject, letter, by, now)]);
    }

    /// <summary>
    /// The invitations to a scheduled meeting: one to each <see cref="Recipients"/> of the case (the staff invitees
    /// are told in the inbox, not by letter).
    /// </summary>
    public static (IReadOnlyList<Letter> Letters, IReadOnlyList<CaseEvent> Events) Invitations(WelfareCase subject, Meeting meeting, string by, DateTimeOffset now)
    {
        var body = $"Du er invitert til samarbeidsmøte {OsloTime.Format(meeting.At)}. Ta kontakt med oss om tidspunktet ikke passer.";
        var (letters, events) = ToFamily(subject, LetterKinds.Invitation, InvitationTitle, body, null, null, by, now);
        return ([.. letters.Select(l => l with { MeetingId = meeting.Id })], events);
    }

    /// <summary>
    /// One letter to each of the case's <see cref="Recipients"/>, queued, with its timeline event: what a decision or
    /// notice to the family sends (a decision passes its reasons and appeal information, R-70).
    /// </summary>
    public static (IReadOnlyList<Letter> Letters, IReadOnlyList<CaseEvent> Events) ToFamily(
        WelfareCase subject, string kind, string title, string body, string? reasons, string? appealInformation, string by, DateTimeOffset now)
    {
        var letters = Recipients(subject, OsloDate.Of(now))
            .Select((person, i) => New(subject, person.Id, kind, title, body, by, now, i) with { Reasons = reasons, AppealInformation = appealInformation })
            .ToList();
        return (letters, letters.Count == 0 ? [] : [Queued(subject, letters[0], by, now, letters.Count)]);
    }

    /// <summary>
    /// A letter to the reporter of <paramref name="reportId"/> (R-17: feedback), queued, with its timeline event; the
    /// reporter is no person of the case, so the letter names the melding and the sending reads its address.
    /// </summary>
    public static (Letter Letter, CaseEvent Event) ToReporter(WelfareCase subject, string reportId, string title, string body, string by, DateTimeOffset now)
    {
        var letter = New(subject, Reporter, LetterKinds.ReporterFeedback, title, body, by, now, 0) with { ReportId = reportId };
        return (letter, Queued(subject, letter, by, now));
    }

    /// <summary>
    /// The «avlyst» letters of cancelled meetings (R-31): to everyone who was invited by letter, saying only that the
    /// meeting at that time is cancelled.
    /// </summary>
    public static (IReadOnlyList<Letter> Letters, IReadOnlyList<CaseEvent> Events) Cancellations(
        WelfareCase subject, IReadOnlyList<Meeting> cancelled, IReadOnlyList<Letter> caseLetters, string by, DateTimeOffset now)
    {
        var letters = new List<Letter>();
        foreach (var meeting in cancelled)
        {
            var invited = caseLetters
                .Where(l => l.MeetingId == meeting.Id && l.Kind == LetterKinds.Invitation)
                .Select(l => l.PersonId)
                .Distinct(StringComparer.Ordinal);
            foreach (var personId in invited)
            {
                if (subject.Persons.FirstOrDefault(p => p.Id == personId) is { } person)
                {
                    letters.Add(New(subject, person.Id, LetterKinds.Cancellation, CancellationTitle, MeetingRules.CancelledText(meeting), by, now, letters.Count)
                        with { MeetingId = meeting.Id });
                }
            }
        }

        return (letters, letters.Count == 0 ? [] : [Queued(subject, letters[0], by, now, letters.Count)]);
    }

    /// <summary>
    /// Who gets the family's letters: the guardians and, from <see cref="OwnLetterAge"/>, the child, each with an
    /// identity number (an unborn child or a person without a number gets none).
    /// </summary>
    public static IReadOnlyList<CasePerson> Recipients(WelfareCase subject, DateOnly today) =>
    [
        .. subject.Guardians.Where(g => g.Identity.Number is not null),
        .. subject.Child.Identity.Number is not null && subject.Child.AgeOn(today) >= OwnLetterAge ? [subject.Child] : Array.Empty<CasePerson>(),
    ];

    /// <summary>The outcome of the send, with its timeline event; the event names the kind and channel, never the person.</summary>
    public static (Letter Finished, CaseEvent Event) Finish(
        WelfareCase subject, Letter letter, LetterStatus status, string? channel, string? shipmentId, string? reason, DateTimeOffset now)
    {
        var finished = letter with { Status = status, Channel = channel, ShipmentId = shipmentId, Reason = reason, FinishedAt = now };
        var detail = status switch
        {
            LetterStatus.Sent when channel == LetterChannels.Print => $"Brev ({letter.Kind}) «{letter.Title}» sendt på papir.",
            LetterStatus.Sent => $"Brev ({letter.Kind}) «{letter.Title}» sendt som digital post.",
            LetterStatus.Blocked => $"Brev ({letter.Kind}) «{letter.Title}» er stoppet: {ManualHandling}.",
            _ => $"Brev ({letter.Kind}) «{letter.Title}» kunne ikke sendes; en saksbehandler har fått oppgaven.",
        };
        var kind = status == LetterStatus.Sent ? CaseEventKinds.LetterSent : CaseEventKinds.LetterNotSent;
        return (finished, CaseRules.Event(subject, now, kind, CaseEventKinds.SystemUser, detail));
    }

    private static Letter New(WelfareCase subject, string personId, string kind, string title, string body, string by, DateTimeOffset now, int index) => new()
    {
        Id = Ids.New(now.AddTicks(index)),
        CaseId = subject.Id,
        PersonId = personId,
        Kind = kind,
        Title = title,
        Body = body,
        Status = LetterStatus.Queued,
        CreatedAt = now,
        CreatedBy = by,
    };

    private static CaseEvent Queued(WelfareCase subject, Letter letter, string by, DateTimeOffset now, int count = 1) =>
        CaseRules.Event(subject, now, CaseEventKinds.LetterQueued, by,
            count == 1 ? $"Brev ({letter.Kind}) «{letter.Title}» lagt i utboksen." : $"{count} brev ({letter.Kind}) «{letter.Title}» lagt i utboksen.");

    [GeneratedRegex(@"\d{11}")]
    private static partial Regex IdentityNumberLike();
}
