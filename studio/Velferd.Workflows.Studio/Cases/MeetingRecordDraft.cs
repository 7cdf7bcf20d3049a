namespace Velferd.Workflows.Studio.Cases;

/// <summary>
/// The form that records a held team meeting: who was there, the child's view in the child's words and what was
/// agreed, as the body of <c>POST /api/meetings/{id}/record</c>. The host decides what is missing (the child's view is
/// required only from age 7), so nothing is checked here; blank text is sent as none.
/// </summary>
public sealed class MeetingRecordDraft
{
    /// <summary>The meeting being recorded.</summary>
    public required string MeetingId { get; init; }

    /// <summary>When the meeting was, as the list shows it (for the form's heading).</summary>
    public required string At { get; init; }

    /// <summary>Were the parents there (none until answered).</summary>
    public bool? ParentsPresent { get; set; }

    /// <summary>Was the child there (none until answered).</summary>
    public bool? ChildPresent { get; set; }

    /// <summary>The child's view, as typed.</summary>
    public string? ChildView { get; set; }

    /// <summary>What was agreed, as typed.</summary>
    public string? Summary { get; set; }

    /// <summary>The request body.</summary>
    public object ToRequest() => new
    {
        parentsPresent = ParentsPresent,
        childPresent = ChildPresent,
        childView = TextOrNone(ChildView),
        summary = TextOrNone(Summary),
    };

    private static string? TextOrNone(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
