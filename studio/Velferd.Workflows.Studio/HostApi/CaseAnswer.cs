namespace Velferd.Workflows.Studio.HostApi;

/// <summary>A case as <c>GET /api/cases/{id}</c> answers it: only the fields the case page shows.</summary>
public sealed record CaseAnswer(
    string Id,
    string Kind,
    int? Level,
    string Team,
    string? Question,
    string Status,
    string? EndCode,
    string? CloseReason,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    CasePersonAnswer Child,
    IReadOnlyList<CasePersonAnswer> Guardians,
    IReadOnlyList<CaseMemberAnswer> Members,
    string ConsentStatus,
    string? Stafettholder,
    IReadOnlyList<DeadlineAnswer> OpenDeadlines,
    IReadOnlyList<CaseInstanceAnswer> Instances,
    InvestigationAnswer? OpenInvestigation = null);

/// <summary>A person of a case, as the case view shows them.</summary>
public sealed record CasePersonAnswer(string? Name, string? Fnr, string? Dnr, bool Unborn, DateOnly? DueDate, int? Age, string AddressProtection, string Registry);

/// <summary>A user on the team working on a case, for a service.</summary>
public sealed record CaseMemberAnswer(string User, string Service, DateTimeOffset AddedAt, string AddedBy);

/// <summary>A running pathway instance of a case.</summary>
public sealed record CaseInstanceAnswer(string Id, string DefinitionId, string? Name, string SubStatus, DateTimeOffset CreatedAt);

/// <summary>The consent status of a case now (<c>GET /api/cases/{id}/consent</c>).</summary>
public sealed record ConsentStatusAnswer(string Status, IReadOnlyDictionary<string, string> Services, IReadOnlyList<string> Missing);

/// <summary>One entry of a case's timeline (<c>GET /api/cases/{id}/timeline</c>).</summary>
public sealed record TimelineEntryAnswer(string Id, DateTimeOffset At, string Kind, string By, string? Detail);
