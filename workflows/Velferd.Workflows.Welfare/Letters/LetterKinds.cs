namespace Velferd.Workflows.Welfare.Letters;

/// <summary>What a letter is, as the API spells it; every kind is an outgoing journalpost (R-71: U).</summary>
public static class LetterKinds
{
    /// <summary>An invitation to a team meeting (P2 step 4).</summary>
    public const string Invitation = "innkalling";

    /// <summary>A meeting is cancelled: «avlyst» and the time, no case details .</summary>
    public const string Cancellation = "avlysning";

    /// <summary>An individual decision: must state reasons and appeal information .</summary>
    public const string Decision = "vedtak";

    /// <summary>Feedback to a melding's reporter: the receipt, whether an investigation was opened, its end.</summary>
    public const string ReporterFeedback = "tilbakemelding";

    /// <summary>Any other information to the person.</summary>
    public const string Information = "informasjon";

    /// <summary>The kinds a caseworker may write through the API (the meeting kinds are written by the meetings).</summary>
    public static readonly IReadOnlyList<string> Written = [Decision, Information];
}
