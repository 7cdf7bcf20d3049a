namespace Velferd.Workflows.Simulator;

/// <summary>A fault to apply to the next <see cref="Count"/> calls of one service (<c>Down</c>: until cleared).</summary>
public sealed record FaultRule
{
    /// <summary><c>folkeregister</c>, <c>krr</c>, <c>digitalpost</c>, <c>svarut</c>, <c>fiksio</c> or <c>arkiv</c>.</summary>
    public required string Service { get; init; }

    /// <summary>What goes wrong.</summary>
    public required FaultKind Kind { get; init; }

    /// <summary>How many calls it hits.</summary>
    public int Count { get; init; } = 1;

    /// <summary>The raw <c>Retry-After</c> value for 429 (Folkeregisteret: milliseconds).</summary>
    public string? RetryAfter { get; init; }

    /// <summary>How long a timeout or a slow answer takes.</summary>
    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>For <see cref="FaultKind.ServerError"/>: perform the effect first, then fail (the reply is lost).</summary>
    public bool AfterEffect { get; init; }
}
