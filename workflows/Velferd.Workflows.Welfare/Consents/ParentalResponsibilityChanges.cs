using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Policies;

namespace Velferd.Workflows.Welfare.Consents;

/// <summary>
/// What a Folkeregisteret event «foreldreansvar changed» does to the cases of that child (R-60 → R-29): each open case
/// whose child it is waits for the registry again and, in the same transaction (<see cref="DomainCommits"/>), starts
/// the re-check pathway (<see cref="WelfareOptions.ParentalResponsibilityPathway"/>) with the consent status as it was
/// before. That pathway asks for the holders now through the outbox, re-checks the status with the municipality's
/// policy, cancels the meetings no longer covered as a withdrawal does, and gives the team's caseworkers a task.
/// </summary>
/// <remarks>
/// An event read twice (a replayed feed, two nodes) is recognised on the case's timeline and changes nothing more; the
/// start is keyed per event and case as well. Logs carry ids only.
/// </remarks>
public sealed partial class ParentalResponsibilityChanges(
    ICaseStore cases, IConsentStore consents, PolicyReader policies, WorkflowEngine engine, DomainCommits commits,
    IOptions<WelfareOptions> options, TimeProvider clock, ILogger<ParentalResponsibilityChanges> logger)
{
    /// <summary>The Folkeregisteret event type (hendelsestype) for a change of parental responsibility.</summary>
    public const string EventType = "Foreldreansvar";

    /// <summary>Handles the registry's event <paramref name="eventId"/> about <paramref name="identityNumber"/>; returns the cases it started a re-check for.</summary>
    public async Task<IReadOnlyList<string>> HandleAsync(string identityNumber, string eventId, CancellationToken cancellationToken)
    {
        var started = new List<string>();
        foreach (var subject in await cases.OpenCasesOfChildAsync(identityNumber, cancellationToken))
        {
            if (RegistryRules.HasHandled(await cases.TimelineAsync(subject.Id, cancellationToken), eventId))
            {
                continue;
            }

            var now = clock.GetUtcNow();
            var before = ConsentStatusRules.Compute(subject, await consents.ListForCaseAsync(subject.Id, cancellationToken),
                await policies.CurrentAsync(cancellationToken), OsloDate.Of(now));
            var input = new Dictionary<string, JsonNode?>
            {
                ["saksId"] = subject.Id,
                ["team"] = subject.Team,
                ["samtykkestatusFor"] = ConsentStatusCodes.Of(before.Status),
            };
            var (start, problem) = await engine.PrepareStartAsync(
                new StartRequest(options.Value.ParentalResponsibilityPathway, input, CorrelationId: subject.Id,
                    IdempotencyKey: $"foreldreansvar/{eventId}/{subject.Id}", Team: subject.Team),
                cancellationToken);
            if (start is null)
            {
                // Nothing is written for this case (the error log is the alarm): the feed must not stop for every other event.
                LogNotStarted(subject.Id, options.Value.ParentalResponsibilityPathway, problem?.Problem?.ToString());
                continue;
            }

            var changed = RegistryRules.ParentalResponsibilityChanged(subject, eventId, now);
            await commits.CommitAsync([start], ct => cases.UpdateAsync(changed.Value, changed.Events, ct), cancellationToken);
            started.Add(subject.Id);
        }

        LogHandled(eventId, started.Count);
        return started;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Folkeregister event {EventId} (foreldreansvar): consent re-check started on {Cases} case(s)")]
    private partial void LogHandled(string eventId, int cases);

    [LoggerMessage(Level = LogLevel.Error, Message = "Case {CaseId}: the consent re-check {DefinitionId} cannot start ({Problem}); its consents are not re-checked")]
    private partial void LogNotStarted(string caseId, string definitionId, string? problem);
}
