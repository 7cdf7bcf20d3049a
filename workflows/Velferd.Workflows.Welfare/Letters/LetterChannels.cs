namespace Velferd.Workflows.Welfare.Letters;

/// <summary>How a letter went, as <c>GET /api/cases/{id}/letters</c> spells it (DOMAIN-API.md).</summary>
public static class LetterChannels
{
    /// <summary>Digital post to a citizen (DPI).</summary>
    public const string DigitalPost = "dpi";

    /// <summary>SvarUt, to an organisation.</summary>
    public const string SvarUt = "svarut";

    /// <summary>Printed and posted (KRR: reserved, no mailbox, not active or unknown).</summary>
    public const string Print = "print";

    /// <summary>Not sent; a person must handle it.</summary>
    public const string Blocked = "blocked";
}
