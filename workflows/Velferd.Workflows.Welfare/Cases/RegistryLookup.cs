using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Welfare.Persons;

namespace Velferd.Workflows.Welfare.Cases;

/// <summary>
/// Starts the Folkeregisteret lookup of a new case's persons (the seeded system pathway, correlation id = the case id),
/// which calls the registry only through the outbox and folds each answer into the case.
/// </summary>
/// <remarks>Keyed per case, so a repeat starts nothing twice. The start follows the case's commit; logs carry ids only.</remarks>
public sealed partial class RegistryLookup(WorkflowEngine engine, IOptions<WelfareOptions> options, ILogger<RegistryLookup> logger)
{
    /// <summary>True when new cases' persons are to be looked up (<see cref="WelfareOptions.LookUpNewCasePersons"/>).</summary>
    public bool Enabled => options.Value.LookUpNewCasePersons;

    /// <summary>Starts the lookup when someone on <paramref name="registered"/> waits for it; returns the instance id.</summary>
    public async Task<string?> StartAsync(WelfareCase registered, CancellationToken cancellationToken)
    {
        if (!registered.Persons.Any(p => p.RegistryStatus == RegistryStatus.Pending))
        {
            return null;
        }

        var input = new Dictionary<string, JsonNode?> { ["saksId"] = registered.Id, ["team"] = registered.Team };
        var result = await engine.StartAsync(
            new StartRequest(options.Value.RegistryLookupPathway, input, CorrelationId: registered.Id, IdempotencyKey: $"registry/{registered.Id}", Team: registered.Team),
            cancellationToken);
        if (result.InstanceId is null)
        {
            LogNotStarted(registered.Id, options.Value.RegistryLookupPathway, result.Problem?.ToString());
        }

        return result.InstanceId;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Case {CaseId} is stored, but the registry lookup {DefinitionId} did not start ({Problem}): its persons stay waiting")]
    private partial void LogNotStarted(string caseId, string definitionId, string? problem);
}
