namespace Velferd.Workflows.Welfare.Letters;

/// <summary>Where a letter is.</summary>
public enum LetterStatus
{
    /// <summary>Waiting in the outbox for KRR, Folkeregisteret and the send.</summary>
    Queued,

    /// <summary>Sent by digital post or print.</summary>
    Sent,

    /// <summary>Not sent: «manuell håndtering påkrevd» (R-63, unknown or deceased person); a person has a task.</summary>
    Blocked,

    /// <summary>The service gave up after its retries; a person has a task.</summary>
    Failed,
}
