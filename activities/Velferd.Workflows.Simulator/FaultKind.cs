namespace Velferd.Workflows.Simulator;

/// <summary>What a service does wrong on demand.</summary>
public enum FaultKind
{
    /// <summary>HTTP 500 (before the effect, or after it when <see cref="FaultRule.AfterEffect"/>: a lost reply).</summary>
    ServerError,

    /// <summary>HTTP 429 with <c>Retry-After</c>.</summary>
    TooManyRequests,

    /// <summary>No answer until the client gives up (held for <see cref="FaultRule.Delay"/>, then 504).</summary>
    Timeout,

    /// <summary>Answers normally after <see cref="FaultRule.Delay"/>.</summary>
    Slow,

    /// <summary>HTTP 503 on every call until cleared (a service that is down).</summary>
    Down,
}
