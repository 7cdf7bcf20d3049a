using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Inbox;
using Velferd.Workflows.Studio.Resources;

namespace Velferd.Workflows.Studio.Processes;

/// <summary>
/// A pathway's versions with their instance counts, built from <c>/api/definitions/{id}/versions</c> and
/// <c>/api/definitions/{id}/instance-counts</c> (exact, however many instances): newest version first, and what a
/// process owner may do next (publish the latest draft, retract the published version).
/// </summary>
/// <param name="Name">The pathway's name (of its latest version).</param>
/// <param name="Rows">The versions, newest first.</param>
/// <param name="CanPublish">The latest version is a draft.</param>
/// <param name="CanRetract">A version is published.</param>
public sealed record ProcessVersions(string Name, IReadOnlyList<ProcessVersionRow> Rows, bool CanPublish, bool CanRetract)
{
    /// <summary>The versions of one pathway with the host's counts of its instances.</summary>
    public static ProcessVersions Build(IReadOnlyList<DefinitionAnswer> versions, IEnumerable<InstanceCountAnswer> instanceCounts)
    {
        var counts = new Dictionary<int, InstanceCounts>();
        foreach (var count in instanceCounts)
        {
            counts[count.DefinitionVersion] = counts.GetValueOrDefault(count.DefinitionVersion, InstanceCounts.None).With(count.SubStatus, count.Count);
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
            CanRetract: versions.Any(v => v.IsPublished));
    }

    private static string StateOf(DefinitionAnswer version) => version switch
    {
        { IsPublished: true } => Texts.ProcessPublished,
        { IsLatest: true } => Texts.ProcessDraft,
        _ => Texts.ProcessEarlier,
    };
}
