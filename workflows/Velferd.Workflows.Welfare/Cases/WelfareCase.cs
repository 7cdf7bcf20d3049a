namespace Velferd.Workflows.Welfare.Cases;

/// <summary>
/// A case (sak): one child or young person (or an unborn child), their guardians, the team that works on it, and
/// where it stands. Pathway instances refer to it by its id as their correlation id; consents, meetings and the
/// stafettlogg hang off it by <see cref="Id"/>. Changes go through <see cref="CaseRules"/> and are stored with an
/// event for the timeline.
/// </summary>
public sealed record WelfareCase
{
    /// <summary>Time-ordered id; the pathway instances' correlation id.</summary>
    public required string Id { get; init; }

    /// <summary>The kommunenummer the case belongs to (e.g. <c>3201</c> Bærum).</summary>
    public required string Municipality { get; init; }

    /// <summary>The kind (<see cref="CaseKind"/>).</summary>
    public required string Kind { get; init; }

    /// <summary>The BTI level 0–3 (BTI only; from 2 a TIT case).</summary>
    public int? Level { get; init; }

    /// <summary>The team that owns the case (e.g. <c>tit-sentrum</c>); its members see it.</summary>
    public required string Team { get; init; }

    /// <summary>The question brought to the team (free text, never logged).</summary>
    public string? Question { get; init; }

    /// <summary>Open or closed.</summary>
    public CaseStatus Status { get; init; }

    /// <summary>The end code once closed (<see cref="EndCodes"/>).</summary>
    public string? EndCode { get; init; }

    /// <summary>Why it was closed.</summary>
    public string? CloseReason { get; init; }

    /// <summary>When it was registered.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Who registered it.</summary>
    public required string CreatedBy { get; init; }

    /// <summary>When it was closed.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>The child or young person.</summary>
    public required CasePerson Child { get; init; }

    /// <summary>Parents and guardians.</summary>
    public IReadOnlyList<CasePerson> Guardians { get; init; } = [];

    /// <summary>Who works on the case, per service.</summary>
    public IReadOnlyList<CaseMember> Members { get; init; } = [];

    /// <summary>Bumped by every stored change; a stale update is refused.</summary>
    public long Revision { get; init; }

    /// <summary>True for a BTI case at level 2 or 3, which a tidlig innsatsteam handles.</summary>
    public bool IsTeamCase => Kind == CaseKind.Bti && Level >= 2;

    /// <summary>Every person on the case.</summary>
    public IEnumerable<CasePerson> Persons => Guardians.Prepend(Child);

    /// <summary>True when <paramref name="user"/> is a member.</summary>
    public bool HasMember(string user) => Members.Any(m => string.Equals(m.User, user, StringComparison.OrdinalIgnoreCase));
}
