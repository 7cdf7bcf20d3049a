using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Core.Time;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Letters;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Welfare.Transitions;

/// <summary>
/// The link between a barnevern case and its transition pathway P6 (correlation id = the case id): the first measure of
/// a young person under 25 starts it, and each transition decision is the event <see cref="DecidedEvent"/> that meets
/// the 17 y 6 m deadline and chooses the way on (plan, decline, termination vedtak).
/// </summary>
/// <remarks>
/// One P6 per case (idempotency key <c>transition/{caseId}</c>). The start and the decision's event are stored in the
/// transaction of the measure or decision that causes them (<see cref="DomainCommits"/>), so a process that stops right
/// after the commit leaves them for any dispatcher. Logs carry ids only.
/// </remarks>
public sealed partial class TransitionPathway(
    WorkflowEngine engine, ITransitionStore store, CaseLetters letters, IBusinessCalendar calendar, IOptions<WelfareOptions> options,
    ILogger<TransitionPathway> logger)
{
    /// <summary>The event a recorded decision sends to the case's P6 instance.</summary>
    public const string DecidedEvent = "overgang-besluttet";

    /// <summary>
    /// Stores <paramref name="change"/> of <paramref name="subject"/> with <paramref name="events"/> and, in the same
    /// transaction, what it tells P6 (a measure added starts it, once per case, when the young person's birth date is
    /// known and they are under 25; a decision is its <see cref="DecidedEvent"/>) and the letters it sends.
    /// </summary>
    /// <exception cref="Core.Instances.ConcurrencyConflictException">A measure was changed, or P6 started, meanwhile.</exception>
    public async Task SaveAsync(WelfareCase subject, TransitionChange change, IReadOnlyList<CaseEvent> events, DateOnly today, CancellationToken cancellationToken)
    {
        var stimuli = new List<Stimulus>();
        if (change.Added is not null && await PrepareStartAsync(subject, today, cancellationToken) is { } start)
        {
            stimuli.Add(start);
        }

        if (change.Decision is { } decision)
        {
            stimuli.Add(Decided(decision));
        }

        await letters.CommitWithAsync(subject, change.Letters, change.LetterEvents, stimuli, ct => store.SaveAsync(change, events, ct), fromActivity: false, cancellationToken);
    }

    // Every measure may be the first that can start P6 (an earlier one may have come before the birth date was known).
    private async Task<Stimulus?> PrepareStartAsync(WelfareCase subject, DateOnly today, CancellationToken cancellationToken)
    {
        if (subject.Child.BirthDate is not { } born || Age.On(born, today) >= TransitionRules.AftercareLimitAge)
        {
            return null;
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
        var (start, problem) = await engine.PrepareFirstStartAsync(
            new StartRequest(options.Value.TransitionPathway, input, CorrelationId: subject.Id, IdempotencyKey: $"transition/{subject.Id}", Team: subject.Team),
            cancellationToken);
        if (problem is not null)
        {
            LogNotStarted(subject.Id, options.Value.TransitionPathway, problem.Problem?.ToString());
        }

        return start;
    }

    // Tells the case's P6 instance a decision was recorded.
    private Stimulus Decided(TransitionDecision decision)
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
        return engine.PrepareSignal(new NamedSignal(DecidedEvent, decision.CaseId, payload, $"transition-decision/{decision.Id}"));
    }

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Error, Message = "Case {CaseId} has a measure, but pathway {DefinitionId} did not start ({Problem}): it has no transition milestones")]
    private partial void LogNotStarted(string caseId, string definitionId, string? problem);
}
