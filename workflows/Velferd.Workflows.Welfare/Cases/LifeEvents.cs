namespace Velferd.Workflows.Welfare.Cases;

/// <summary>The Folkeregisteret event types (hendelsestyper) that end a child's case .</summary>
public static class LifeEvents
{
    /// <summary>The person moved (out of the municipality, as the feed reports it to us).</summary>
    public const string Moved = "Flytting";

    /// <summary>The person died.</summary>
    public const string Died = "Doedsfall";
}
