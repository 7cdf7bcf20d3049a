using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Welfare.Notifications;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Access;

/// <summary>
/// Stores a break-glass grant and, in the same transaction (<see cref="DomainCommits"/>), the start of the review
/// pathway whose task tells the leader of the case's team at once: a process that stops right after the commit leaves
/// the start stored for any dispatcher, so no grant goes unreviewed.
/// </summary>
/// <remarks>Keyed by the grant, so a grant starts one review. The start's input names the user and the reason, never the child.</remarks>
public sealed partial class BreakGlassGrants(
    IBreakGlassStore grants, WorkflowEngine engine, DomainCommits commits, IOptions<WelfareOptions> options, ILogger<BreakGlassGrants> logger)
{
    /// <summary>Stores <paramref name="grant"/> with <paramref name="events"/>, <paramref name="notifications"/> and the start of its review.</summary>
    public async Task AddAsync(BreakGlassGrant grant, IReadOnlyList<CaseEvent> events, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken)
    {
        var (start, problem) = await engine.PrepareStartAsync(new StartRequest(
            options.Value.BreakGlassReviewPathway,
            new Dictionary<string, JsonNode?>
            {
                ["saksId"] = grant.CaseId,
                ["team"] = grant.Team,
                ["bruker"] = grant.User,
                ["grunn"] = grant.Reason,
                ["utloper"] = grant.ExpiresAt.ToString("O", CultureInfo.InvariantCulture),
            },
            CorrelationId: grant.CaseId,
            IdempotencyKey: $"break-glass/{grant.Id}",
            Team: grant.Team), cancellationToken);
        if (start is null)
        {
            // The grant is still stored and listed for review (GET /api/break-glass); only the leader's task is missing.
            LogNotStarted(grant.Id, options.Value.BreakGlassReviewPathway, problem?.Problem?.ToString());
        }

        await commits.CommitAsync(start is null ? [] : [start], ct => grants.AddAsync(grant, events, notifications, ct), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Break-glass grant {GrantId} is stored, but its review {DefinitionId} cannot start ({Problem}): the leader gets no task")]
    private partial void LogNotStarted(string grantId, string definitionId, string? problem);
}
