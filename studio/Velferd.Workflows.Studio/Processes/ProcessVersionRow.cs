namespace Velferd.Workflows.Studio.Processes;

/// <summary>One version of a pathway as the process page lists it.</summary>
/// <param name="Version">The version number.</param>
/// <param name="State">«Publisert», «Utkast» or «Tidligere versjon».</param>
/// <param name="IsPublished">True for the version new cases start.</param>
/// <param name="IsLatest">True for the version the designer edits.</param>
/// <param name="Saved">When it was last saved, Oslo time.</param>
/// <param name="Instances">Its instances by status.</param>
public sealed record ProcessVersionRow(int Version, string State, bool IsPublished, bool IsLatest, string Saved, InstanceCounts Instances);
