using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;

namespace Velferd.Workflows.Welfare.YouthTeamTopics;

/// <summary>
/// Stores a topic's changes with what they mean for its pathway (the seeded «Ungdomsteam: tema»), in one transaction
/// (<see cref="DomainCommits"/>): a new topic with the pathway's start, a review with the resume of the wait for it,
/// a closing with the resume of the wait that ends the pathway <c>LUKKET</c>. A process that stops right after the
/// commit leaves the stimulus stored for any dispatcher, so no pathway misses its topic's change.
/// </summary>
/// <remarks>
/// The start is keyed by the topic and each resume by its fact, so a repeated request starts or resumes nothing twice;
/// the waiting activities read the topic again, so a resume is a hint. The start's input holds the topic's id, team,
/// owner and title: no personal data.
/// </remarks>
public sealed partial class YouthTeamTopicPathway(
    IYouthTeamTopicStore topics, WorkflowEngine engine, DomainCommits commits, IOptions<WelfareOptions> options, ILogger<YouthTeamTopicPathway> logger)
{
    /// <summary>The wait for a review of the topic (the activity <c>Velferd.YouthTeamTopicReviewed</c>; key: the topic id).</summary>
    public const string ReviewedWait = "Velferd.YouthTeamTopicReviewed";

    /// <summary>The wait for the topic closed (the activity <c>Velferd.YouthTeamTopicClosed</c>; key: the topic id).</summary>
    public const string ClosedWait = "Velferd.YouthTeamTopicClosed";

    /// <summary>Stores the new <paramref name="topic"/> with its pathway's start.</summary>
    public async Task CreateAsync(YouthTeamTopic topic, CancellationToken cancellationToken)
    {
        var (start, problem) = await engine.PrepareStartAsync(new StartRequest(
            options.Value.YouthTeamTopicPathway,
            new Dictionary<string, JsonNode?>
            {
                ["temaId"] = topic.Id,
                ["team"] = topic.Team,
                ["eier"] = topic.Owner,
                ["tittel"] = topic.Title,
            },
            CorrelationId: topic.Id,
            IdempotencyKey: $"ungdomsteam-tema/{topic.Id}",
            Team: topic.Team), cancellationToken);
        if (start is null)
        {
            // The topic is still stored and listed for its team; only the owner's review task will not come.
            LogNotStarted(topic.Id, options.Value.YouthTeamTopicPathway, problem?.Problem?.ToString());
        }

        await commits.CommitAsync(start is null ? [] : [start], ct => topics.SaveAsync(topic, ct), cancellationToken);
    }

    /// <summary>Stores <paramref name="reviewed"/> (its newest review just added) with the resume of the wait for a review.</summary>
    public Task ReviewedAsync(YouthTeamTopic reviewed, CancellationToken cancellationToken) =>
        commits.CommitAsync(
            [engine.PrepareResumeWaits(ReviewedWait, reviewed.Id, $"ungdomsteam-gjennomgang/{reviewed.Reviews[^1].Id}")],
            ct => topics.SaveAsync(reviewed, ct),
            cancellationToken);

    /// <summary>Stores the closed <paramref name="closed"/> with the resume of the wait that ends its pathway.</summary>
    public Task ClosedAsync(YouthTeamTopic closed, CancellationToken cancellationToken) =>
        commits.CommitAsync(
            [engine.PrepareResumeWaits(ClosedWait, closed.Id, $"ungdomsteam-lukket/{closed.Id}")],
            ct => topics.SaveAsync(closed, ct),
            cancellationToken);

    [LoggerMessage(Level = LogLevel.Error, Message = "Youth team topic {TopicId} is stored, but its pathway {DefinitionId} cannot start ({Problem}): the owner gets no review task")]
    private partial void LogNotStarted(string topicId, string definitionId, string? problem);
}
