using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Core.Time;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Letters;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.IndividualPlans;

/// <summary>
/// The link between an IP case and its pathway P5 (correlation id = the case id): the request starts it, and each
/// recorded step is an event it waits for (the right decided, the wish, a koordinator accepted or gone). The start or
/// event commits in the same transaction as the domain write and its letters, so a stopped process loses none.
/// </summary>
/// <remarks>One P5 per case (idempotency key <c>individual-plan/{caseId}</c>); logs carry ids only.</remarks>
public sealed partial class IndividualPlanPathway(
    WorkflowEngine engine, CaseLetters letters, IIndividualPlanStore store, IBusinessCalendar calendar, IOptions<WelfareOptions> options,
    ILogger<IndividualPlanPathway> logger)
{
    /// <summary>The right was decided: <c>{rett: "innvilget" | "avslått"}</c>.</summary>
    public const string RightDecidedEvent = "ip-rett-avgjort";

    /// <summary>The person's wish was recorded: <c>{onsket: bool}</c>.</summary>
    public const string WishEvent = "ip-onske";

    /// <summary>A koordinator accepted: <c>{koordinator, type, koordinatorId}</c>; the plan's tasks go to them.</summary>
    public const string AcceptedEvent = "koordinator-akseptert";

    /// <summary>A koordinator left: the reassignment task .</summary>
    public const string LeftEvent = "koordinator-sluttet";

    /// <summary>Stores the request with the start of P5.</summary>
    public async Task RequestAsync(
        WelfareCase subject, IndividualPlanChange change, IReadOnlyList<CaseEvent> events, CancellationToken cancellationToken)
    {
        var plan = change.Plan!;
        var input = new Dictionary<string, JsonNode?>
        {
            ["saksId"] = subject.Id,
            ["team"] = subject.Team,

            // The 4-week decision deadline runs from 00:00 Oslo on the day received.
            ["mottatt"] = calendar.StartOfDay(plan.ReceivedOn).ToString("O", CultureInfo.InvariantCulture),
            ["forelopigSvarFrist"] = Date(IndividualPlanRules.PreliminaryReplyDue(plan.ReceivedOn)),
        };
        var (start, problem) = await engine.PrepareStartAsync(
            new StartRequest(options.Value.IndividualPlanPathway, input, CorrelationId: subject.Id, IdempotencyKey: $"individual-plan/{subject.Id}", Team: subject.Team),
            cancellationToken);
        if (start is null)
        {
            // The request is still stored and shown; the pathway must be published to carry its deadlines.
            LogNotStarted(subject.Id, options.Value.IndividualPlanPathway, problem?.Problem?.ToString());
        }

        await CommitAsync(subject, change, events, start is null ? [] : [start], cancellationToken);
    }

    /// <summary>Stores <paramref name="change"/>, its letters and <paramref name="eventName"/> to the case's P5, all in one transaction.</summary>
    public Task CommitAsync(
        WelfareCase subject, IndividualPlanChange change, IReadOnlyList<CaseEvent> events, string eventName, JsonObject payload, string key,
        CancellationToken cancellationToken) =>
        CommitAsync(subject, change, events, [engine.PrepareSignal(new NamedSignal(eventName, subject.Id, payload, key))], cancellationToken);

    private Task CommitAsync(
        WelfareCase subject, IndividualPlanChange change, IReadOnlyList<CaseEvent> events, IReadOnlyList<Stimulus> stimuli, CancellationToken cancellationToken) =>
        letters.CommitWithAsync(subject, change.Letters, change.LetterEvents, stimuli, ct => store.SaveAsync(change, events, ct), fromActivity: false, cancellationToken);

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Error, Message = "Case {CaseId} has an IP request, but pathway {DefinitionId} did not start ({Problem}): it has no deadlines")]
    private partial void LogNotStarted(string caseId, string definitionId, string? problem);
}
