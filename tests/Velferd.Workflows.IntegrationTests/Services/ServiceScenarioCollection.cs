namespace Velferd.Workflows.IntegrationTests.Services;

/// <summary>
/// The service scenarios scan the log, and the host writes through Serilog's static logger, which the host built
/// last owns; so these run alone, after the parallel tests, when their host is the last one built.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServiceScenarioCollection
{
    public const string Name = "Service scenarios";
}
