namespace Velferd.Workflows.Studio.Cases;

/// <summary>A hand-over offer as the case page lists it.</summary>
/// <param name="Id">The offer's id.</param>
/// <param name="From">The holder who offered it.</param>
/// <param name="To">The successor offered the baton.</param>
/// <param name="Status">«Tilbudt», «Akseptert» or «Avslått».</param>
/// <param name="OfferedAt">When, Oslo time.</param>
/// <param name="MayAnswer">The signed-in user is the successor and the offer is open.</param>
public sealed record HandoverRow(string Id, string From, string To, string Status, string OfferedAt, bool MayAnswer);
