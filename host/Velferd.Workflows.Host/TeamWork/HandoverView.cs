using Velferd.Workflows.Welfare.Batons;

namespace Velferd.Workflows.Host.TeamWork;

/// <summary>A hand-over offer as the API shows it, with the case's stafettholder after it.</summary>
/// <param name="Id">The offer id.</param>
/// <param name="CaseId">The case.</param>
/// <param name="FromUser">The holder when offered.</param>
/// <param name="ToUser">The successor.</param>
/// <param name="Status"><c>tilbudt</c>, <c>akseptert</c> or <c>avslått</c>.</param>
/// <param name="OfferedAt">When offered.</param>
/// <param name="OfferedBy">By whom.</param>
/// <param name="RemindAt">When an unanswered offer reminds the old holder and alerts the coordinator .</param>
/// <param name="DecidedAt">When answered.</param>
/// <param name="RemindedAt">When the reminder went out.</param>
/// <param name="Stafettholder">The case's holder now.</param>
public sealed record HandoverView(
    string Id,
    string CaseId,
    string FromUser,
    string ToUser,
    string Status,
    DateTimeOffset OfferedAt,
    string OfferedBy,
    DateTimeOffset RemindAt,
    DateTimeOffset? DecidedAt,
    DateTimeOffset? RemindedAt,
    string? Stafettholder)
{
    /// <summary>The view of <paramref name="offer"/>, with <paramref name="holder"/> the holder now.</summary>
    public static HandoverView Of(Handover offer, string? holder) => new(
        offer.Id, offer.CaseId, offer.FromUser, offer.ToUser, offer.Status switch
        {
            HandoverStatus.Offered => "tilbudt",
            HandoverStatus.Accepted => "akseptert",
            _ => "avslått",
        },
        offer.OfferedAt, offer.OfferedBy, offer.RemindAt, offer.DecidedAt, offer.RemindedAt, holder);
}
