namespace Velferd.Workflows.Activities.DigitalPost;

/// <summary>How a letter to a citizen is delivered (DOMAIN.md R-70).</summary>
public enum LetterChannel
{
    /// <summary>Digital post to the citizen's mailbox (DPI).</summary>
    Digital,

    /// <summary>Printed and posted.</summary>
    Print,

    /// <summary>Not sent: manual handling required («manuell håndtering påkrevd»).</summary>
    Blocked,
}
