namespace Velferd.Workflows.Activities.Resilience;

/// <summary>
/// Marks the service calls of a test run's outbox message (see <c>TestRuns</c>) while they are sent: the clients then
/// send to the simulator (<see cref="TestServiceRedirect"/>) without a Maskinporten token, never to the real service.
/// </summary>
public static class TestServiceCalls
{
    private static readonly AsyncLocal<bool> Active = new();

    /// <summary>True while a test run's call is being sent on this flow.</summary>
    public static bool IsActive => Active.Value;

    /// <summary>Marks the calls made on this flow until the answer is disposed.</summary>
    public static IDisposable Enter()
    {
        Active.Value = true;
        return new Exit();
    }

    private sealed class Exit : IDisposable
    {
        public void Dispose() => Active.Value = false;
    }
}
