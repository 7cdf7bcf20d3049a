namespace Velferd.Workflows.Activities.Resilience;

/// <summary>Where a test run's calls go: the simulator's address for a service (the host provides it).</summary>
public interface ITestServiceEndpoint
{
    /// <summary>The simulator's base URL for <paramref name="service"/> (e.g. <c>…/krr/</c>); starts the simulator if it is not running.</summary>
    Task<Uri> BaseUrlForAsync(string service, CancellationToken cancellationToken);

    /// <summary>
    /// True when the simulator checks Maskinporten tokens like the services do (the Development simulator, whose
    /// Maskinporten is the simulator's too); false when test calls go without a token (no real token is ever fetched for one).
    /// </summary>
    bool WantsTokens { get; }
}
