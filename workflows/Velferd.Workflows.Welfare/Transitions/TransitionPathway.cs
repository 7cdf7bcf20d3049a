using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Time;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Persons;

namespace Velferd.Workflows.Welfare.Transitions;

/// <summary>
/// The link between a barnevern case and its transition pathway P6 (correlation id = the case id): the first measure of
/// a young person under 25 starts it, and each transition decision is the event <see cref="DecidedEvent"/> that meets
/// the 17 y 6 m deadline and chooses the way on (plan, decline, termination vedtak).
/// </summary>
/// <remarks>
/// One P6 per case (idempotency key <c>transition/{caseId}</c>); the calls follow the domain's commit; logs carry ids only.
/// </remarks>
public sealed partial class TransitionPathway(WorkflowEngine engine, IBusinessCalendar calendar, IOptions<WelfareOptions> options, ILogger<TransitionPathway> logger)
{
    /// <summary>The event a recorded decision sends to the case's P6 instance.</summary>
    public const string DecidedEvent = "overgang-besluttet";

    /// <summary>Starts P6 for <paramref name="subject"/> when its young person's birth date is known and they are under 25.</summary>
    public async Task<bool> StartAsync(WelfareCase subject, DateOnly today, CancellationToken cancellationToken)
    {
        if (subject.Child.BirthDate is not { } born || Age.On(born, today) >= TransitionRules.AftercareLimitAge)
        {
            return false;
        }

        var input = new Dictionary<string, JsonNode?>
        {
            ["saksId"] = subject.Id,
            ["team"] = subject.Team,
            ["fodselsdato"] = Date(born),

            // The 17 y 6 m deadline runs from 00:00 Oslo on the birth date, so «17 år 6 måneder» lands on R-03's date.
            ["fodt"] = calendar.StartOfDay(born).ToString("O", CultureInfo.InvariantCulture),

            // The inbox due dates of the conversation task and the NAV transfer meeting (≥ 3 months before 18, R-41).
            ["beslutningsfrist"] = Date(TransitionRules.DecisionDue(born)),
            ["navMoteFrist"] = Date(born.AddYears(TransitionRules.AdultAge).AddMonths(-3)),

            // Lets the milestones re-plan when Folkeregisteret's birth date changes.
            ["fnr"] = subject.Child.Identity.Number,
        };
        var result = await engine.StartAsync(
            new StartRequest(options.Value.TransitionPathway, input, CorrelationId: subject.Id, IdempotencyKey: $"transition/{subject.Id}", Team: subject.Team),
            cancellationToken);
        if (result.InstanceId is null)
        {
            LogNotStarted(subject.Id, options.Value.TransitionPathway, result.Problem?.ToString());
            return false;
        }

        return true;
    }

    /// <summary>Tells the case's P6 instance a decision was recorded.</summary>
    public Task DecidedAsync(TransitionDecision decision, CancellationToken cancellationToken)
    {
        var payload = new JsonObject
        {
            ["beslutning"] = decision.Kind switch
            {
                TransitionDecisionKinds.Plan => "plan",
                TransitionDecisionKinds.Declined => "avslag",
                _ => "opphor",
            },
            ["beslutningId"] = decision.Id,
            ["dato"] = Date(decision.DecidedOn),
            ["sporPaNytt"] = decision.AskAgainOn is { } again ? Date(again) : null,
        };
        return engine.SignalAsync(DecidedEvent, decision.CaseId, payload, $"transition-decision/{decision.Id}", cancellationToken);
    }

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Error, Message = "Case {CaseId} has a measure, but pathway {DefinitionId} did not start ({Problem}): it has no transition milestones")]
    private partial void LogNotStarted(string caseId, string definitionId, string? problem);
}
