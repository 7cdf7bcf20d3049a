using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Resources;

namespace Velferd.Workflows.Studio.Processes;

/// <summary>
/// The «Flytt instanser» panel's state: which versions, which step takes over where the target lacks one, and the
/// host's last answer as rows to show. Plain, so the choices and texts are unit-tested without a page.
/// </summary>
public sealed class MigrationPlan
{
    /// <summary>The version the instances run.</summary>
    public int? FromVersion { get; set; }

    /// <summary>The version they move to.</summary>
    public int? ToVersion { get; set; }

    /// <summary>The process owner's choices: source step → target step.</summary>
    public Dictionary<string, string> ActivityMap { get; } = new(StringComparer.Ordinal);

    private readonly Dictionary<string, UnmappedActivityAnswer> _steps = new(StringComparer.Ordinal);

    /// <summary>
    /// The steps the host asked about since the versions were chosen: once chosen, a step's question stays on screen
    /// (the host no longer lists it as unmapped), so the choice can be seen and changed.
    /// </summary>
    public IReadOnlyCollection<UnmappedActivityAnswer> Steps => _steps.Values;

    /// <summary>The host's last answer (dry run or migration), or null before the first.</summary>
    public MigrationReportAnswer? Report { get; private set; }

    /// <summary>True when the last answer was a dry run that found instances to move: the migration may go ahead.</summary>
    public bool CanMigrate => Report is { Migratable: > 0 } report && report.Instances.Any(i => i.Result == "WouldMigrate");

    /// <summary>The versions instances can move from: those with running instances.</summary>
    public static IReadOnlyList<int> Sources(IReadOnlyList<ProcessVersionRow> rows) =>
        [.. rows.Where(r => r.Instances.Running > 0).Select(r => r.Version)];

    /// <summary>The versions instances can move to: the published one (a draft may still change).</summary>
    public static IReadOnlyList<int> Targets(IReadOnlyList<ProcessVersionRow> rows) =>
        [.. rows.Where(r => r.IsPublished).Select(r => r.Version)];

    /// <summary>The request body for the host.</summary>
    public object Body() => new { fromVersion = FromVersion, toVersion = ToVersion, activityMap = ActivityMap };

    /// <summary>Keeps the host's answer and the steps it asks about; earlier choices stay (they still apply).</summary>
    public void Show(MigrationReportAnswer report)
    {
        Report = report;
        foreach (var step in report.UnmappedActivities)
        {
            _steps[step.ActivityId] = step;
        }
    }

    /// <summary>Forgets the answer when the versions change: it was for others.</summary>
    public void Reset()
    {
        Report = null;
        ActivityMap.Clear();
        _steps.Clear();
    }

    /// <summary>The summary line of the last answer.</summary>
    public string Summary() => Report switch
    {
        null => "",
        { Instances.Count: 0 } => Texts.MigrationNoInstances,
        var r when r.Instances.Any(i => i.Result is "Migrated" or "Changed") =>
            TextFormat.With(Texts.MigrationDoneSummary, r.Migratable, r.ToVersion, r.Refused),
        var r => TextFormat.With(Texts.MigrationDryRunSummary, r.Migratable, r.ToVersion, r.Refused),
    };

    /// <summary>The Norwegian text of an instance's result.</summary>
    public static string ResultText(InstanceMigrationAnswer instance) => instance.Result switch
    {
        "WouldMigrate" => Texts.MigrationWouldMigrate,
        "Migrated" => Texts.MigrationMigrated,
        "Changed" => Texts.MigrationChanged,
        _ => Texts.MigrationRefused,
    };

    /// <summary>Where an instance waits and which step takes over, in one line.</summary>
    public static string MovesText(InstanceMigrationAnswer instance) => string.Join(
        "; ", instance.Moves.Select(m => m.ToActivityId is null ? $"{m.FromName ?? m.FromActivityId} → ?" : $"{m.FromName ?? m.FromActivityId} → {m.ToName ?? m.ToActivityId}"));
}
