using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Cases;

/// <summary>
/// Stores a new case and starts the Folkeregisteret lookup of its persons (the seeded system pathway, correlation id =
/// the case id) in the same transaction (<see cref="DomainCommits"/>): a process that stops right after the commit
/// leaves the start stored for any dispatcher, so no case waits for the registry for ever. The lookup calls the
/// registry only through the outbox and folds each answer into the case.
/// </summary>
/// <remarks>Keyed per case, so the start commits once with its case. Logs carry ids only.</remarks>
public sealed partial class RegistryLookup(
    ICaseStore cases, WorkflowEngine engine, DomainCommits commits, IOptions<WelfareOptions> options, ILogger<RegistryLookup> logger)
{
    /// <summary>True when new cases' persons are to be looked up (<see cref="WelfareOptions.LookUpNewCasePersons"/>).</summary>
    public bool Enabled => options.Value.LookUpNewCasePersons;

    /// <summary>
    /// Stores <paramref name="created"/> with its events, <paramref name="alsoStart"/> (the case's own pathway, e.g. P1)
    /// and, when someone on it waits for the registry, the lookup's start.
    /// </summary>
    public async Task<WelfareCase> AddAsync(WelfareCase created, IReadOnlyList<CaseEvent> events, IReadOnlyList<Stimulus> alsoStart, CancellationToken cancellationToken)
    {
        var starts = new List<Stimulus>(alsoStart);
        if (created.Persons.Any(p => p.RegistryStatus == RegistryStatus.Pending))
        {
            var input = new Dictionary<string, JsonNode?> { ["saksId"] = created.Id, ["team"] = created.Team };
            var (start, problem) = await engine.PrepareStartAsync(
                new StartRequest(options.Value.RegistryLookupPathway, input, CorrelationId: created.Id, IdempotencyKey: $"registry/{created.Id}", Team: created.Team),
                cancellationToken);
            if (start is null)
            {
                LogNotStarted(created.Id, options.Value.RegistryLookupPathway, problem?.Problem?.ToString());
            }
            else
            {
                starts.Add(start);
            }
        }

        var stored = created;
        await commits.CommitAsync(starts, async ct => stored = await cases.AddAsync(created, events, ct), cancellationToken);
        return stored;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Case {CaseId} is stored, but the registry lookup {DefinitionId} cannot start ({Problem}): its persons stay waiting")]
    private partial void LogNotStarted(string caseId, string definitionId, string? problem);
}
