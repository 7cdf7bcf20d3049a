using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Inbox;
using Velferd.Workflows.Studio.Resources;

namespace Velferd.Workflows.Studio.Processes;

/// <summary>
/// A pathway's versions with their instance counts, built from <c>/api/definitions/{id}/versions</c> and the
/// pathway's instances: newest version first, and what a process owner may do next (publish the latest draft,
/// retract the published version).
/// </summary>
/// <param name="Name">The pathway's name (of its latest version).</param>
/// <param name="Rows">The versions, newest first.</param>
/// <param name="CanPublish">The latest version is a draft.</param>
/// <param name="CanRetract">A version is published.</param>
/// <param name="CountsAreComplete">False when the pathway has more instances than were counted.</param>
public sealed record ProcessVersions(string Name, IReadOnlyList<ProcessVersionRow> Rows, bool CanPublish, bool CanRetract, bool CountsAreComplete)
{
    /// <summary>The versions of one pathway with its (counted) instances.</summary>
    public static ProcessVersions Build(IReadOnlyList<DefinitionAnswer> versions, IEnumerable<InstanceAnswer> instances, bool countsAreComplete)
    {
        var counts = new Dictionary<int, InstanceCounts>();
        foreach (var instance in instances)
        {
            counts[instance.DefinitionVersion] = counts.GetValueOrDefault(instance.DefinitionVersion, InstanceCounts.None).With(instance.SubStatus);
        }

        var rows = versions
            .OrderByDescending(v => v.Version)
            .Select(v => new ProcessVersionRow(
                v.Version,
                StateOf(v),
                v.IsPublished,
                v.IsLatest,
                DueLabel.Format(v.UpdatedAt),
                counts.GetValueOrDefault(v.Version, InstanceCounts.None)))
            .ToList();
        var latest = versions.FirstOrDefault(v => v.IsLatest);
        return new ProcessVersions(
            latest?.Name ?? (versions.Count > 0 ? versions[0].Name : ""),
            rows,
            CanPublish: latest is { IsPublished: false },
            CanRetract: versions.Any(v => v.IsPublished),
            countsAreComplete);
    }

    private static string StateOf(DefinitionAnswer version) => version switch
    {
        { IsPublished: true } => Texts.ProcessPublished,
        { IsLatest: true } => Texts.ProcessDraft,
        _ => Texts.ProcessEarlier,
    };
}
