using Velferd.Workflows.Welfare.Access;

namespace Velferd.Workflows.Host.Welfare;

/// <summary>A break-glass grant in an answer; <c>endedAt</c>/<c>endedBy</c> are set when it was ended before its time.</summary>
public sealed record BreakGlassView(
    string Id, string CaseId, string Team, string User, string Reason, DateTimeOffset OpenedAt, DateTimeOffset ExpiresAt, DateTimeOffset? EndedAt, string? EndedBy)
{
    /// <summary>The view of <paramref name="grant"/>.</summary>
    public static BreakGlassView Of(BreakGlassGrant grant) =>
        new(grant.Id, grant.CaseId, grant.Team, grant.User, grant.Reason, grant.OpenedAt, grant.ExpiresAt, grant.EndedAt, grant.EndedBy);
}
