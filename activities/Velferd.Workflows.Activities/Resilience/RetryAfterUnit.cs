namespace Velferd.Workflows.Activities.Resilience;

/// <summary>The unit of a number in a <c>Retry-After</c> header.</summary>
public enum RetryAfterUnit
{
    /// <summary>Seconds, as HTTP defines it.</summary>
    Seconds,

    /// <summary>Milliseconds, as Folkeregisteret sends it (DOMAIN.md R-72).</summary>
    Milliseconds,
}
