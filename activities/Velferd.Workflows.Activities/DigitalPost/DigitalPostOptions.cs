namespace Velferd.Workflows.Activities.DigitalPost;

/// <summary>Letter rules that are configuration in DOMAIN.md ([cfg]).</summary>
public sealed class DigitalPostOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Letters";

    /// <summary>R-63: digital post to a person with a strictly confidential address is allowed [cfg]; print never is.</summary>
    public bool AllowDigitalPostToStrictlyConfidential { get; set; } = true;
}
