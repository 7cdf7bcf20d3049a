using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Welfare.CaseLog;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Persons;

namespace Velferd.Workflows.Welfare.YouthTeamTopics;

/// <summary>
/// What an Ungdomsteam topic must hold and how it changes. A topic is about a trend, never a person (R-33): free text
/// that looks like a fødselsnummer, D-number, e-mail address or phone number is refused on its field. Dates are Oslo
/// dates: a review date or an action's due date may not lie in the past, and a review sets a next date after today. A
/// closed topic (<see cref="ClosedEndCode"/>) changes no more. Every input problem is reported at once; nothing is stored
/// for bad input (R-75).
/// </summary>
public static class YouthTeamTopicRules
{
    /// <summary>The end code of a closed topic (DOMAIN.md §6 P2, variant Ungdomsteam topic).</summary>
    public const string ClosedEndCode = "LUKKET";

    /// <summary>The longest title.</summary>
    public const int MaxTitleLength = 200;

    /// <summary>The longest description, action, review note or closing note.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>The refusal of any change to a closed topic.</summary>
    public const string ClosedConflict = "Temaet er lukket og kan ikke endres.";

    private const string NoPersonalData =
        "Teksten ser ut til å inneholde et fødselsnummer, D-nummer, en e-postadresse eller et telefonnummer; et tema i ungdomsteamet skal ikke ha personopplysninger (R-33).";

    /// <summary>
    /// Creates a topic for <paramref name="input"/>'s team; <paramref name="ownerTeams"/> are the owner's teams (null when
    /// there is no such user). The caller checks that <paramref name="by"/> is a member of the team. <paramref name="errors"/>
    /// may already hold the caller's own (an unreadable date), so that every error is reported together.
    /// </summary>
    public static CaseChange<YouthTeamTopic> Create(
        YouthTeamTopicInput input, IReadOnlySet<string>? ownerTeams, string by, DateTimeOffset now, FieldErrors? errors = null)
    {
        errors ??= new FieldErrors();
        if (string.IsNullOrWhiteSpace(input.Team))
        {
            errors.Add("team", "Team mangler.");
        }

        TextRules.Required(input.Title, "title", "Tittel", MaxTitleLength, errors);
        TextRules.Limit(input.Description, "description", MaxTextLength, errors);
        Anonymous(input.Title, "title", errors);
        Anonymous(input.Description, "description", errors);
        if (string.IsNullOrWhiteSpace(input.Owner))
        {
            errors.Add("owner", "Eier mangler.");
        }
        else if (ownerTeams is null || input.Team is null || !ownerTeams.Contains(input.Team.Trim()))
        {
            errors.Add("owner", "Eieren må være medlem av teamet.");
        }

        NotBeforeToday(input.ReviewDate, "reviewDate", "Dato for gjennomgang", now, errors);
        if (!errors.IsEmpty)
        {
            return new CaseChange<YouthTeamTopic>.Invalid(errors);
        }

        return new CaseChange<YouthTeamTopic>.Applied(new YouthTeamTopic(
            Ids.New(now), input.Team!.Trim(), input.Title!.Trim(), TextRules.Trimmed(input.Description), input.Owner!.Trim(), input.ReviewDate!.Value,
            YouthTeamTopicStatus.Open, null, [], [], now, by, null, null, null, 1), []);
    }

    /// <summary>Adds an action to <paramref name="topic"/>.</summary>
    public static CaseChange<YouthTeamTopic> AddAction(YouthTeamTopic topic, TopicActionInput input, string by, DateTimeOffset now, FieldErrors? errors = null)
    {
        errors ??= new FieldErrors();
        TextRules.Required(input.Text, "text", "Tiltak", MaxTextLength, errors);
        Anonymous(input.Text, "text", errors);
        if (input.ResponsibleService is not { } service || !ConsentServices.All.Contains(service))
        {
            errors.Add("responsibleService", $"Ansvarlig tjeneste mangler eller er ukjent. Gyldige: {string.Join(", ", ConsentServices.Ordered)}.");
        }

        if (!errors.Contains("dueDate"))
        {
            NotBeforeToday(input.DueDate, "dueDate", "Frist for tiltaket", now, errors);
        }

        KnownStatus(input.Status, errors);
        if (!errors.IsEmpty)
        {
            return new CaseChange<YouthTeamTopic>.Invalid(errors);
        }

        if (topic.Status == YouthTeamTopicStatus.Closed)
        {
            return new CaseChange<YouthTeamTopic>.Conflict(ClosedConflict);
        }

        var action = new YouthTeamTopicAction(
            Ids.New(now), input.Text!.Trim(), input.ResponsibleService!, input.DueDate!.Value, input.Status ?? MeasureStatus.Planned, now, by);
        return Changed(topic with { Actions = [.. topic.Actions, action] });
    }

    /// <summary>Sets the status of <paramref name="topic"/>'s action <paramref name="actionId"/> (the caller has found it).</summary>
    public static CaseChange<YouthTeamTopic> SetActionStatus(YouthTeamTopic topic, string actionId, string? status)
    {
        var errors = new FieldErrors();
        if (status is null)
        {
            errors.Add("status", "Status mangler.");
        }

        KnownStatus(status, errors);
        if (!errors.IsEmpty)
        {
            return new CaseChange<YouthTeamTopic>.Invalid(errors);
        }

        if (topic.Status == YouthTeamTopicStatus.Closed)
        {
            return new CaseChange<YouthTeamTopic>.Conflict(ClosedConflict);
        }

        return Changed(topic with { Actions = [.. topic.Actions.Select(a => a.Id == actionId ? a with { Status = status! } : a)] });
    }

    /// <summary>Records a review of <paramref name="topic"/> and moves its review date to the next one, after today.</summary>
    public static CaseChange<YouthTeamTopic> Review(YouthTeamTopic topic, TopicReviewInput input, string by, DateTimeOffset now, FieldErrors? errors = null)
    {
        errors ??= new FieldErrors();
        TextRules.Required(input.Note, "note", "Vurdering", MaxTextLength, errors);
        Anonymous(input.Note, "note", errors);
        if (input.NextReviewDate is not { } next)
        {
            if (!errors.Contains("nextReviewDate"))
            {
                errors.Add("nextReviewDate", "Neste gjennomgang mangler.");
            }
        }
        else if (next <= OsloDate.Of(now))
        {
            errors.Add("nextReviewDate", "Neste gjennomgang må være etter i dag.");
        }

        if (!errors.IsEmpty)
        {
            return new CaseChange<YouthTeamTopic>.Invalid(errors);
        }

        if (topic.Status == YouthTeamTopicStatus.Closed)
        {
            return new CaseChange<YouthTeamTopic>.Conflict(ClosedConflict);
        }

        var review = new YouthTeamTopicReview(Ids.New(now), now, by, input.Note!.Trim(), input.NextReviewDate!.Value);
        return Changed(topic with { Reviews = [.. topic.Reviews, review], ReviewDate = review.NextReviewDate });
    }

    /// <summary>Closes <paramref name="topic"/> with end code <see cref="ClosedEndCode"/>.</summary>
    public static CaseChange<YouthTeamTopic> Close(YouthTeamTopic topic, string? note, string by, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        TextRules.Limit(note, "note", MaxTextLength, errors);
        Anonymous(note, "note", errors);
        if (!errors.IsEmpty)
        {
            return new CaseChange<YouthTeamTopic>.Invalid(errors);
        }

        if (topic.Status == YouthTeamTopicStatus.Closed)
        {
            return new CaseChange<YouthTeamTopic>.Conflict("Temaet er allerede lukket.");
        }

        return Changed(topic with
        {
            Status = YouthTeamTopicStatus.Closed,
            EndCode = ClosedEndCode,
            ClosedAt = now,
            ClosedBy = by,
            ClosingNote = TextRules.Trimmed(note),
        });
    }

    private static CaseChange<YouthTeamTopic> Changed(YouthTeamTopic topic) =>
        new CaseChange<YouthTeamTopic>.Applied(topic with { Revision = topic.Revision + 1 }, []);

    private static void Anonymous(string? text, string field, FieldErrors errors)
    {
        if (IdentifierText.HasIdentityNumber(text) || IdentifierText.HasContactDetail(text))
        {
            errors.Add(field, NoPersonalData);
        }
    }

    private static void NotBeforeToday(DateOnly? date, string field, string what, DateTimeOffset now, FieldErrors errors)
    {
        if (date is not { } given)
        {
            if (!errors.Contains(field))
            {
                errors.Add(field, $"{what} mangler.");
            }
        }
        else if (given < OsloDate.Of(now))
        {
            errors.Add(field, $"{what} kan ikke være i fortiden.");
        }
    }

    private static void KnownStatus(string? status, FieldErrors errors)
    {
        if (status is not null && !MeasureStatus.All.Contains(status))
        {
            errors.Add("status", $"Ukjent status. Gyldige: {string.Join(", ", MeasureStatus.All)}.");
        }
    }
}
