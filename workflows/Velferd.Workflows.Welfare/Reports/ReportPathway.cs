using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Core.Time;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Reports;

/// <summary>
/// The link between a melding and its P3 pathway instance (correlation id = the melding's id): registering starts it,
/// and the review and the conclusion are events it waits for. The pathway's deadline activities own the deadlines
/// (vurderingsfrist, undersøkelsesfrist), so the deadline API, the pump, reminders and the leaders' overview treat
/// them as every other deadline.
/// </summary>
/// <remarks>
/// Each call is keyed (start per melding, one review, one conclusion per investigation), so a repeat starts or sends
/// nothing twice. The start is stored in the melding's own transaction (<see cref="ReportRegistration"/>), the review
/// and conclusion signals in the review's and the conclusion's (<see cref="DomainCommits"/>, <see cref="InvestigationConclusion"/>): a process that stops right
/// after the commit leaves them stored for any dispatcher, so no deadline stays open after it was met. Logs carry ids only.
/// </remarks>
public sealed partial class ReportPathway(
    WorkflowEngine engine, IReportStore store, DomainCommits commits, IBusinessCalendar calendar, IOptions<WelfareOptions> options, ILogger<ReportPathway> logger)
{
    /// <summary>The event that meets the review deadline .</summary>
    public const string ReviewedEvent = "melding-vurdert";

    /// <summary>The event that meets the investigation deadline .</summary>
    public const string ConcludedEvent = "undersokelse-konkludert";

    /// <summary>
    /// The wait for an investigation's conclusion (the activity <c>Velferd.InvestigationConcluded</c>, a bookmark keyed by
    /// the investigation's id), resumed by <see cref="ConclusionReached"/> from the conclusion's transaction.
    /// </summary>
    public const string ConclusionWait = "Velferd.InvestigationConcluded";

    /// <summary>Days from receipt, and from an investigation's conclusion, to the reporter's feedback .</summary>
    public const int FeedbackDays = 21;

    /// <summary>The start of the P3 instance of <paramref name="report"/>, not yet stored; null when the pathway is not published.</summary>
    public async Task<Stimulus?> PrepareStartAsync(ConcernReport report, CancellationToken cancellationToken)
    {
        var input = new Dictionary<string, JsonNode?>
        {
            ["meldingId"] = report.Id,
            ["saksId"] = report.CaseId,
            ["mottatt"] = report.ReceivedAt.ToString("O", CultureInfo.InvariantCulture),
            ["team"] = report.Team,
            ["akutt"] = report.Acute,
            ["meldertype"] = report.ReporterCategory,
            ["identitetUavklart"] = report.ChildIdentityStatus == ChildIdentityStatuses.Unresolved,
            ["knyttetTilUndersokelse"] = report.Status == ReportStatuses.Attached,

            // a receipt within 3 weeks of receipt, a date deadline that a past receivedAt moves earlier.
            ["tilbakemeldingFrist"] = calendar.LocalDate(calendar.AddDays(report.ReceivedAt, FeedbackDays)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        var (start, problem) = await engine.PrepareStartAsync(
            new StartRequest(options.Value.ReportPathway, input, CorrelationId: report.Id, IdempotencyKey: $"report/{report.Id}", Team: report.Team),
            cancellationToken);
        if (start is null)
        {
            LogNotStarted(report.Id, options.Value.ReportPathway, problem?.Problem?.ToString());
        }

        return start;
    }

    /// <summary>
    /// Stores the review of a melding (read at <paramref name="expectedRevision"/>) with <paramref name="events"/> and, in
    /// the same transaction, the signal that tells its instance; for «undersok» that starts the investigation deadline.
    /// </summary>
    /// <exception cref="Core.Instances.ConcurrencyConflictException">The melding was changed or reviewed meanwhile.</exception>
    public async Task<ReviewDecision> StoreReviewAsync(ReviewDecision decision, long expectedRevision, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        var stored = decision;
        await commits.CommitAsync([Reviewed(decision)], async ct => stored = await store.SaveReviewAsync(decision, expectedRevision, events, ct), cancellationToken);
        return stored;
    }

    private Stimulus Reviewed(ReviewDecision decision)
    {
        var report = decision.Report;
        var payload = new JsonObject
        {
            ["utfall"] = report.ReviewOutcome,
            ["ssbKode"] = report.SsbCode,
            ["sluttkode"] = decision.Investigation is null ? SsbCodes.ClosedEndCode(report.SsbCode == SsbCodes.ReportClosedActiveMeasures) : null,
        };
        if (decision.Investigation is { } investigation)
        {
            payload["undersokelseId"] = investigation.Id;
            payload["fristId"] = investigation.DeadlineId;
            payload["startTidspunkt"] = calendar.StartOfDay(investigation.StartDate).ToString("O", CultureInfo.InvariantCulture);
        }

        return engine.PrepareSignal(new NamedSignal(ReviewedEvent, report.Id, payload, $"report/{report.Id}/review"));
    }

    /// <summary>
    /// The stimuli of a concluded investigation, not yet stored (<see cref="InvestigationConclusion"/> commits them with
    /// the conclusion and the family's letter): the resume of every wait for its conclusion (<see cref="ConclusionReached"/>),
    /// and the signals to the melding that opened it, meeting its deadline, and to each melding
    /// <paramref name="attached"/> to it, whose public reporter is owed feedback after the conclusion too.
    /// </summary>
    /// <remarks>
    /// The signals to attached meldinger serve P3 versions published before the wait existed (their generic event wait
    /// «undersokelse-konkludert»); the current P3 waits with <c>Velferd.InvestigationConcluded</c>, which reads the
    /// conclusion itself and so also hears of it when its melding attached or started after these were stored.
    /// </remarks>
    public IReadOnlyList<Stimulus> ConclusionSignals(Investigation investigation, IReadOnlyList<ConcernReport> attached)
    {
        var payload = ConclusionPayload(investigation);
        var key = $"investigation/{investigation.Id}/conclusion";
        return
        [
            ConclusionReached(investigation),
            engine.PrepareSignal(new NamedSignal(ConcludedEvent, investigation.ReportId, payload, key)),
            .. attached.Select(report => engine.PrepareSignal(new NamedSignal(ConcludedEvent, report.Id, payload, $"{key}/{report.Id}"))),
        ];
    }

    /// <summary>The resume of the waits for <paramref name="concluded"/>'s conclusion (<see cref="ConclusionWait"/>), not yet stored.</summary>
    public Stimulus ConclusionReached(Investigation concluded) =>
        engine.PrepareResumeWaits(ConclusionWait, concluded.Id, $"undersokelse-konkludert/{concluded.Id}");

    /// <summary>What P3 learns of a conclusion: the code (1–6) and the pathway's end code for it (<c>kode</c>, <c>sluttkode</c>).</summary>
    public static JsonObject ConclusionPayload(Investigation concluded) =>
        new() { ["kode"] = concluded.ConclusionCode, ["sluttkode"] = SsbCodes.ConclusionEndCode(concluded.ConclusionCode!.Value) };

    [LoggerMessage(Level = LogLevel.Error, Message = "Melding {ReportId} is stored, but pathway {DefinitionId} did not start ({Problem}): it has no deadlines")]
    private partial void LogNotStarted(string reportId, string definitionId, string? problem);
}
