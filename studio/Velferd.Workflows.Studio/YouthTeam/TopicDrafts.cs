namespace Velferd.Workflows.Studio.YouthTeam;

/// <summary>The «Nytt tema» form as typed (dates as <c>ÅÅÅÅ-MM-DD</c>; the host checks them and answers per field).</summary>
public sealed class NewTopicDraft
{
    /// <summary>The trend.</summary>
    public string? Title { get; set; }

    /// <summary>More about it.</summary>
    public string? Description { get; set; }

    /// <summary>The owner's user name.</summary>
    public string? Owner { get; set; }

    /// <summary>The first review date.</summary>
    public string? ReviewDate { get; set; }

    /// <summary>The body of <c>POST /api/youth-team-topics</c> for <paramref name="team"/>.</summary>
    public object ToRequest(string team) => new { team, title = Title, description = Description, owner = Owner, reviewDate = ReviewDate };
}

/// <summary>The «Nytt tiltak» form as typed.</summary>
public sealed class TopicActionDraft
{
    /// <summary>What is done.</summary>
    public string? Text { get; set; }

    /// <summary>The responsible service's code.</summary>
    public string? ResponsibleService { get; set; }

    /// <summary>When it is due.</summary>
    public string? DueDate { get; set; }

    /// <summary>The body of <c>POST /api/youth-team-topics/{id}/actions</c>.</summary>
    public object ToRequest() => new { text = Text, responsibleService = ResponsibleService, dueDate = DueDate };
}

/// <summary>The «Registrer gjennomgang» and «Lukk temaet» forms as typed.</summary>
public sealed class TopicReviewDraft
{
    /// <summary>What the team found.</summary>
    public string? Note { get; set; }

    /// <summary>The next review date.</summary>
    public string? NextReviewDate { get; set; }

    /// <summary>Why the topic is closed.</summary>
    public string? ClosingNote { get; set; }

    /// <summary>The body of <c>POST /api/youth-team-topics/{id}/review</c>.</summary>
    public object ToReviewRequest() => new { note = Note, nextReviewDate = NextReviewDate };

    /// <summary>The body of <c>POST /api/youth-team-topics/{id}/close</c>.</summary>
    public object ToCloseRequest() => new { note = ClosingNote };
}
