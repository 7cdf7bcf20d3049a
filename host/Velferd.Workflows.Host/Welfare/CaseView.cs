using Velferd.Workflows.Host.Deadlines;
using Velferd.Workflows.Host.Instances;
using Velferd.Workflows.Host.Reports;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Persons;

namespace Velferd.Workflows.Host.Welfare;

/// <summary>A case as <c>GET /api/cases/{id}</c> shows it.</summary>
/// <param name="Id">The case id (the pathway instances' correlation id).</param>
/// <param name="Municipality">Kommunenummer.</param>
/// <param name="Kind">The kind.</param>
/// <param name="Level">BTI level.</param>
/// <param name="IsTeamCase">True for a BTI case at level 2–3 (TIT).</param>
/// <param name="Team">The owning team.</param>
/// <param name="Question">The question.</param>
/// <param name="Status"><c>Open</c> or <c>Closed</c>.</param>
/// <param name="EndCode">The end code once closed.</param>
/// <param name="CloseReason">Why it was closed.</param>
/// <param name="CreatedAt">When registered.</param>
/// <param name="CreatedBy">By whom.</param>
/// <param name="ClosedAt">When closed.</param>
/// <param name="Child">The child.</param>
/// <param name="Guardians">The guardians.</param>
/// <param name="Members">The team working on it.</param>
/// <param name="ConsentStatus">The consent status now .</param>
/// <param name="Stafettholder">The baton holder now: null only for a case without one (level 0, other kinds).</param>
/// <param name="Revision">Bumped by every change.</param>
public sealed record CaseView(
    string Id,
    string Municipality,
    string Kind,
    int? Level,
    bool IsTeamCase,
    string Team,
    string? Question,
    CaseStatus Status,
    string? EndCode,
    string? CloseReason,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? ClosedAt,
    PersonView Child,
    IReadOnlyList<PersonView> Guardians,
    IReadOnlyList<MemberView> Members,
    string ConsentStatus,
    string? Stafettholder,
    long Revision)
{
    /// <summary>
    /// The case's deadlines not yet met or cancelled (pending, reminded, extended, overdue), earliest first: those of
    /// the case's own team and of the reader's teams (another service's deadlines on the same case stay with it).
    /// Filled by <c>GET /api/cases/{id}</c>; empty in the answers of writes.
    /// </summary>
    public IReadOnlyList<DeadlineView> OpenDeadlines { get; init; } = [];

    /// <summary>The case's running pathway instances (correlation id = case id), newest first, under the same rule.</summary>
    public IReadOnlyList<InstanceSummary> Instances { get; init; } = [];

    /// <summary>
    /// A barnevern case's investigation not yet concluded, with its deadline and any extension awaiting the leader
    /// so the caseworker meets it on the case; null when there is none. Filled by <c>GET /api/cases/{id}</c>.
    /// </summary>
    public InvestigationView? OpenInvestigation { get; init; }

    /// <summary>The view of <paramref name="subject"/> with its consent status, on <paramref name="now"/>, and its <paramref name="stafettholder"/>.</summary>
    public static CaseView Of(WelfareCase subject, ConsentStatusReport consent, DateTimeOffset now, string? stafettholder)
    {
        var today = OsloDate.Of(now);
        var protection = ProtectedAddressText.Of(subject);
        return new CaseView(
            subject.Id, subject.Municipality, subject.Kind, subject.Level, subject.IsTeamCase, subject.Team, ProtectedAddressText.Redact(subject.Question, protection),
            subject.Status, subject.EndCode, ProtectedAddressText.Redact(subject.CloseReason, protection), subject.CreatedAt, subject.CreatedBy, subject.ClosedAt,
            PersonView.Of(subject.Child, today),
            [.. subject.Guardians.Select(g => PersonView.Of(g, today))],
            [.. subject.Members.Select(m => new MemberView(m.User, m.Service, m.AddedAt, m.AddedBy))],
            ConsentStatusCodes.Of(consent.Status),
            stafettholder,
            subject.Revision);
    }
}
