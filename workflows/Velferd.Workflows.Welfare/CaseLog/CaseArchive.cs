using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Welfare.Cases;

namespace Velferd.Workflows.Welfare.CaseLog;

/// <summary>
/// The start of the archive pathway (<see cref="WelfareOptions.ArchivePathway"/>) for one journalpost of a case,
/// for the domain write that causes it to store in its own transaction (<see cref="DomainCommits"/>): the closed
/// stafettlogg (X), a held meeting's record (N). The pathway's outbox retries however long the archive is down, so the
/// archive never blocks the case.
/// </summary>
/// <remarks>Titles are screened by the callers: no names or numbers. Logs carry ids only.</remarks>
public sealed partial class CaseArchive(WorkflowEngine engine, IOptions<WelfareOptions> options, ILogger<CaseArchive> logger)
{
    /// <summary>
    /// The start for journalpost <paramref name="entryType"/> titled <paramref name="title"/> of <paramref name="subject"/>,
    /// keyed by <paramref name="key"/>; null (logged) when the archive pathway cannot start.
    /// </summary>
    public async Task<Stimulus?> PrepareAsync(
        WelfareCase subject, string entryType, string title, string documentReference, string key, CancellationToken cancellationToken)
    {
        var input = new Dictionary<string, JsonNode?>
        {
            ["saksId"] = subject.Id,
            ["team"] = subject.Team,
            ["journalposttype"] = entryType,
            ["tittel"] = title,
            ["dokumentreferanse"] = documentReference,
        };
        var (start, problem) = await engine.PrepareStartAsync(
            new StartRequest(options.Value.ArchivePathway, input, CorrelationId: subject.Id, IdempotencyKey: key, Team: subject.Team),
            cancellationToken);
        if (start is null)
        {
            LogNotStarted(subject.Id, documentReference, options.Value.ArchivePathway, problem?.Problem?.ToString());
        }

        return start;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Case {CaseId}: {Document} cannot be archived: the pathway {DefinitionId} cannot start ({Problem})")]
    private partial void LogNotStarted(string caseId, string document, string definitionId, string? problem);
}
