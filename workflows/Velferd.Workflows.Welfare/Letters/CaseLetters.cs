using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Letters;

/// <summary>
/// The one way the welfare domain sends a letter to a person: the letters are stored with the domain write that
/// causes them (a meeting, a cancellation, a decision) and, in the same transaction, one start of the letter pathway
/// each (<see cref="WelfareOptions.LetterPathway"/>), which asks KRR and Folkeregisteret just before sending and sends
/// by digital post or print, or gives a person the task when the letter is blocked or given up.
/// </summary>
/// <remarks>Each start is keyed by its letter's id, so it commits once with its letter. Logs carry ids only.</remarks>
public sealed partial class CaseLetters(
    ILetterStore letters, WorkflowEngine engine, DomainCommits commits, IOptions<WelfareOptions> options, ILogger<CaseLetters> logger)
{
    /// <summary>
    /// Runs <paramref name="domainWrite"/> and stores <paramref name="queued"/> with their starts, all or nothing, then
    /// starts them; <paramref name="fromActivity"/> leaves the starts to the dispatcher (an activity inside a burst).
    /// </summary>
    public Task CommitAsync(
        WelfareCase subject, IReadOnlyList<Letter> queued, IReadOnlyList<CaseEvent> events, Func<CancellationToken, Task> domainWrite,
        bool fromActivity, CancellationToken cancellationToken) =>
        CommitWithAsync(subject, queued, events, [], domainWrite, fromActivity, cancellationToken);

    /// <summary>
    /// As <see cref="CommitAsync"/>, and commits <paramref name="alsoCommit"/> (a pathway's start or signal that the same write
    /// causes) in the same transaction.
    /// </summary>
    public async Task CommitWithAsync(
        WelfareCase subject, IReadOnlyList<Letter> queued, IReadOnlyList<CaseEvent> events, IReadOnlyList<Stimulus> alsoCommit,
        Func<CancellationToken, Task> domainWrite, bool fromActivity, CancellationToken cancellationToken)
    {
        if (queued.Count == 0 && alsoCommit.Count == 0)
        {
            await domainWrite(cancellationToken);
            return;
        }

        var starts = new List<Stimulus>(alsoCommit);
        foreach (var letter in queued)
        {
            var input = new Dictionary<string, JsonNode?>
            {
                ["saksId"] = subject.Id,
                ["brevId"] = letter.Id,
                ["team"] = subject.Team,
                ["tittel"] = letter.Title,
            };
            var (start, problem) = await engine.PrepareStartAsync(
                new StartRequest(options.Value.LetterPathway, input, CorrelationId: subject.Id, IdempotencyKey: $"letter/{letter.Id}", Team: subject.Team),
                cancellationToken);
            if (start is null)
            {
                // The letter is still stored, queued and visible on the case; the pathway must be published to send it.
                LogNotStarted(subject.Id, letter.Id, options.Value.LetterPathway, problem?.Problem?.ToString());
                continue;
            }

            starts.Add(start);
        }

        Func<CancellationToken, Task> write = async ct =>
        {
            await domainWrite(ct);
            if (queued.Count > 0)
            {
                await letters.AddAsync(queued, events, ct);
            }
        };
        if (fromActivity)
        {
            await commits.CommitForDispatcherAsync(starts, write, cancellationToken);
        }
        else
        {
            await commits.CommitAsync(starts, write, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Case {CaseId}: letter {LetterId} is stored, but the letter pathway {DefinitionId} cannot start ({Problem})")]
    private partial void LogNotStarted(string caseId, string letterId, string definitionId, string? problem);
}
