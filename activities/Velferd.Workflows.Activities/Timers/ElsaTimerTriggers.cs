using System.Globalization;
using System.Text.Json.Nodes;
using Velferd.Workflows.Activities.Triggers;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.TimerTriggers;

namespace Velferd.Workflows.Activities.Timers;

/// <summary>
/// Elsa's timer triggers: an <c>Elsa.Timer</c>, <c>Elsa.Cron</c> or <c>Elsa.StartAt</c> where the pathway's flow begins,
/// with «start the workflow» ticked (<c>customProperties.canStartWorkflow</c>, as Elsa Studio writes it), starts the
/// published pathway on its schedule. The schedule must be written as a value: there is no instance yet to evaluate an
/// expression in. Stored schedules read «interval:…», «cron:…» (Quartz's form) or «at:…» (UTC).
/// </summary>
public sealed class ElsaTimerTriggers : ITimerTriggerPlanner
{
    private const string Interval = "interval:";
    private const string Cron = "cron:";
    private const string At = "at:";

    /// <inheritdoc />
    public IReadOnlyList<TimerTriggerPlan> Plan(WorkflowBlueprint blueprint, FieldErrors errors)
    {
        var plans = new List<TimerTriggerPlan>();
        foreach (var start in blueprint.StartNodes.Where(IsTimerTrigger))
        {
            var (schedule, problem) = blueprint.StartNodes.Count > 1
                ? (null, "Et forløp som startes av et tidsur kan bare begynne ett sted: koble de andre startaktivitetene etter tidsuret.")
                : ScheduleOf(start.Type.TypeName, start.Activity.Json);
            if (schedule is null)
            {
                errors.Add(start.Activity.Path, $"«{start.Activity.Name ?? start.Type.TypeName}» ({start.Id}): {problem}");
            }
            else
            {
                plans.Add(new TimerTriggerPlan(start.Id, schedule));
            }
        }

        return plans;
    }

    /// <inheritdoc />
    public DateTimeOffset? Next(string schedule, DateTimeOffset? last, DateTimeOffset now)
    {
        if (schedule.StartsWith(Interval, StringComparison.Ordinal))
        {
            var span = TimeSpan.Parse(schedule[Interval.Length..], CultureInfo.InvariantCulture);
            if (last is not { } from)
            {
                return now + span;
            }

            // Keep the rhythm from the last instant; after a long stop, the next one after now (one late start, no burst).
            var missed = Math.Max(0, (now - from).Ticks / span.Ticks);
            return from + (span * (missed + 1));
        }

        if (schedule.StartsWith(Cron, StringComparison.Ordinal))
        {
            return CronSchedule.Parse(schedule[Cron.Length..]).Schedule?.NextAfter(now);
        }

        if (schedule.StartsWith(At, StringComparison.Ordinal) && last is null)
        {
            // An instant already passed when the pathway was published starts it at once, as Elsa does.
            var at = DateTimeOffset.Parse(schedule[At.Length..], CultureInfo.InvariantCulture);
            return at > now ? at : now;
        }

        return null;
    }

    private static bool IsTimerTrigger(BlueprintNode node) =>
        node.Type.TypeName is ElsaTimer.TypeName or ElsaCron.TypeName or ElsaStartAt.TypeName
        && node.Activity.Json["customProperties"]?["canStartWorkflow"] is JsonValue flag
        && flag.TryGetValue<bool>(out var canStart) && canStart;

    private static (string? Schedule, string? Problem) ScheduleOf(string typeName, JsonObject activity)
    {
        var (input, example) = typeName switch
        {
            ElsaTimer.TypeName => ("interval", "00:15:00"),
            ElsaCron.TypeName => ("cronExpression", "0 8 * * 1-5"),
            _ => ("dateTime", "2027-01-04T08:00:00+01:00"),
        };
        if (PathwayTriggers.LiteralInput(activity, input) is not { } text)
        {
            return (null, $"et tidsur som starter forløpet må ha en fast verdi (f.eks. «{example}»), ikke et uttrykk.");
        }

        switch (typeName)
        {
            case ElsaTimer.TypeName:
                return ElsaTimeSpans.TryParse(text, out var span) && span > TimeSpan.Zero
                    ? (Interval + span.ToString("c", CultureInfo.InvariantCulture), null)
                    : (null, $"«{text}» er ikke et intervall (bruk f.eks. 00:15:00 eller PT15M).");
            case ElsaCron.TypeName:
                var (cron, problem) = CronSchedule.Parse(text);
                return cron is null ? (null, problem) : (Cron + cron.QuartzExpression, null);
            default:
                return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
                    ? (At + at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture), null)
                    : (null, $"«{text}» er ikke et tidspunkt (bruk f.eks. 2027-01-04T08:00:00+01:00).");
        }
    }
}
