using System.Diagnostics;
using System.Diagnostics.Metrics;
using Velferd.Workflows.Core.Stimuli;

namespace Velferd.Workflows.Core.Diagnostics;

/// <summary>
/// The engine's figures for operators (OpenTelemetry, scraped by Prometheus at <c>/metrics</c>): how many stimuli were
/// applied and how long each took, and the last sampled workload (<see cref="Workload"/>). Counts and durations only:
/// no case, person or instance data ever becomes a tag.
/// </summary>
public sealed class WorkflowMetrics : IDisposable
{
    /// <summary>The meter and activity source name.</summary>
    public const string Name = "Velferd.Workflows";

    private readonly Meter _meter;
    private readonly Counter<long> _applied;
    private readonly Histogram<double> _applyDuration;
    private Workload _workload = Workload.Unknown;

    /// <summary>Creates the instruments on <paramref name="meters"/>.</summary>
    public WorkflowMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(Name);
        _applied = _meter.CreateCounter<long>(
            "velferd.stimuli.applied", "{stimulus}", "Stimuli (starts, resumes, signals, cancellations) handled by the dispatcher, by kind and result.");
        _applyDuration = _meter.CreateHistogram<double>(
            "velferd.stimulus.duration", "s", "Time to apply one stimulus: load, burst and commit.");
        _meter.CreateObservableGauge("velferd.stimuli.waiting", () => Volatile.Read(ref _workload).StimuliWaiting, "{stimulus}", "Stimuli pending or claimed.");
        _meter.CreateObservableGauge("velferd.deadlines.due", () => Volatile.Read(ref _workload).DeadlineStepsDue, "{deadline}", "Deadline steps (reminder, due, escalation) whose time has come but that have not fired yet.");
        _meter.CreateObservableGauge("velferd.deadlines.overdue", () => Volatile.Read(ref _workload).DeadlinesOverdue, "{deadline}", "Deadlines past due and not met.");
        _meter.CreateObservableGauge("velferd.outbox.incidents", () => Volatile.Read(ref _workload).OutboxIncidents, "{message}", "Outbox messages that gave up and wait for an operator.");
        _meter.CreateObservableGauge("velferd.tasks.open", () => Volatile.Read(ref _workload).TasksOpen, "{task}", "Human tasks not yet claimed.");
        _meter.CreateObservableGauge("velferd.tasks.claimed", () => Volatile.Read(ref _workload).TasksClaimed, "{task}", "Human tasks claimed and not yet completed.");
    }

    /// <summary>The source of the engine's trace spans.</summary>
    public static ActivitySource Tracing { get; } = new(Name);

    /// <summary>Records one applied stimulus.</summary>
    public void StimulusApplied(StimulusKind kind, string result, TimeSpan duration)
    {
        var tags = new TagList { { "kind", kind.ToString() }, { "result", result } };
        _applied.Add(1, tags);
        _applyDuration.Record(duration.TotalSeconds, tags);
    }

    /// <summary>Keeps the latest sampled workload for the gauges.</summary>
    public void Observe(Workload workload) => Volatile.Write(ref _workload, workload);

    /// <inheritdoc />
    public void Dispose() => _meter.Dispose();
}
