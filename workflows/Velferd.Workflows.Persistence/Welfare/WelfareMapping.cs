using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Policies;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Persistence.Welfare;

/// <summary>Rows to domain records and back; enums as their names.</summary>
internal static class WelfareMapping
{
    public static WelfareCaseRow ToRow(WelfareCase source) => new()
    {
        Id = source.Id,
        Municipality = source.Municipality,
        Kind = source.Kind,
        Level = source.Level,
        Team = source.Team,
        Question = source.Question,
        Status = source.Status.ToString(),
        EndCode = source.EndCode,
        CloseReason = source.CloseReason,
        CreatedAt = source.CreatedAt,
        CreatedBy = source.CreatedBy,
        ClosedAt = source.ClosedAt,
        Revision = source.Revision,
        Persons = [.. source.Persons.Select((p, i) => ToRow(source.Id, p, i))],
        Members = [.. source.Members.Select(m => ToRow(source.Id, m))],
    };

    public static CasePersonRow ToRow(string caseId, CasePerson person, int position) => new()
    {
        Id = person.Id,
        CaseId = caseId,
        Position = position,
        Role = person.Role.ToString(),
        IdentityKind = person.Identity.Kind.ToString(),
        Number = person.Identity.Number,
        DueDate = person.Identity.DueDate,
        Name = person.Name,
        BirthDate = person.BirthDate,
        BirthDateFromRegistry = person.BirthDateFromRegistry,
        AddressProtection = person.AddressProtection.ToString(),
        HasParentalResponsibility = person.HasParentalResponsibility,
        RegistryStatus = person.RegistryStatus.ToString(),
    };

    public static CaseMemberRow ToRow(string caseId, CaseMember member) => new()
    {
        CaseId = caseId,
        UserName = member.User,
        Service = member.Service,
        AddedAt = member.AddedAt,
        AddedBy = member.AddedBy,
    };

    public static WelfareCase ToModel(WelfareCaseRow row)
    {
        var persons = row.Persons.OrderBy(p => p.Position).Select(ToModel).ToList();
        return new WelfareCase
        {
            Id = row.Id,
            Municipality = row.Municipality,
            Kind = row.Kind,
            Level = row.Level,
            Team = row.Team,
            Question = row.Question,
            Status = Enum.Parse<CaseStatus>(row.Status),
            EndCode = row.EndCode,
            CloseReason = row.CloseReason,
            CreatedAt = row.CreatedAt,
            CreatedBy = row.CreatedBy,
            ClosedAt = row.ClosedAt,
            Revision = row.Revision,
            Child = persons.Single(p => p.Role == PersonRole.Child),
            Guardians = [.. persons.Where(p => p.Role == PersonRole.Guardian)],
            Members = [.. row.Members.OrderBy(m => m.AddedAt).ThenBy(m => m.UserName, StringComparer.Ordinal)
                .Select(m => new CaseMember(m.UserName, m.Service, m.AddedAt, m.AddedBy))],
        };
    }

    public static CasePerson ToModel(CasePersonRow row) => new()
    {
        Id = row.Id,
        Role = Enum.Parse<PersonRole>(row.Role),
        Identity = new PersonIdentity(Enum.Parse<IdentityKind>(row.IdentityKind), row.Number, row.DueDate),
        Name = row.Name,
        BirthDate = row.BirthDate,
        BirthDateFromRegistry = row.BirthDateFromRegistry,
        AddressProtection = Enum.Parse<AddressProtection>(row.AddressProtection),
        HasParentalResponsibility = row.HasParentalResponsibility,
        RegistryStatus = Enum.Parse<RegistryStatus>(row.RegistryStatus),
    };

    public static CaseEventRow ToRow(CaseEvent source) => new()
    {
        Id = source.Id,
        CaseId = source.CaseId,
        At = source.At,
        Kind = source.Kind,
        By = source.By,
        Detail = source.Detail,
    };

    public static CaseEvent ToModel(CaseEventRow row) => new(row.Id, row.CaseId, row.At, row.Kind, row.By, row.Detail);

    public static ConsentRow ToRow(Consent source) => new()
    {
        Id = source.Id,
        CaseId = source.CaseId,
        Purpose = source.Purpose,
        ValidFrom = source.ValidFrom,
        ValidTo = source.ValidTo,
        Method = source.Method,
        ChildView = source.ChildView,
        RecordedAt = source.RecordedAt,
        RecordedBy = source.RecordedBy,
        RenewalRequestedAt = source.RenewalRequestedAt,
        ExpiryHandledAt = source.ExpiryHandledAt,
        Signers = [.. source.Signers.Select((s, i) => new ConsentSignerRow
        {
            ConsentId = source.Id,
            Position = i,
            IdentityKind = s.Person.Kind.ToString(),
            Number = s.Person.Number!,
            Name = s.Name,
            Capacity = s.Capacity,
        })],
        Scopes =
        [
            .. source.Services.Select((s, i) => new ConsentScopeRow { ConsentId = source.Id, Kind = ConsentScopeRow.ServiceKind, Code = s, Position = i }),
            .. source.Categories.Select((c, i) => new ConsentScopeRow { ConsentId = source.Id, Kind = ConsentScopeRow.CategoryKind, Code = c, Position = i }),
        ],
        Withdrawals = [.. source.Withdrawals.Select(w => ToRow(source.Id, w))],
    };

    public static ConsentWithdrawalRow ToRow(string consentId, ConsentWithdrawal source) => new()
    {
        Id = source.Id,
        ConsentId = consentId,
        At = source.At,
        Services = string.Join(',', source.Services),
        Categories = string.Join(',', source.Categories),
        Via = source.Via,
        By = source.By,
    };

    public static Consent ToModel(ConsentRow row) => new()
    {
        Id = row.Id,
        CaseId = row.CaseId,
        Signers = [.. row.Signers.OrderBy(s => s.Position).Select(s => new ConsentSigner(
            new PersonIdentity(Enum.Parse<IdentityKind>(s.IdentityKind), s.Number, null), s.Capacity, s.Name))],
        Services = Codes(row, ConsentScopeRow.ServiceKind),
        Categories = Codes(row, ConsentScopeRow.CategoryKind),
        Purpose = row.Purpose,
        ValidFrom = row.ValidFrom,
        ValidTo = row.ValidTo,
        Method = row.Method,
        ChildView = row.ChildView,
        RecordedAt = row.RecordedAt,
        RecordedBy = row.RecordedBy,
        RenewalRequestedAt = row.RenewalRequestedAt,
        ExpiryHandledAt = row.ExpiryHandledAt,
        Withdrawals = [.. row.Withdrawals.OrderBy(w => w.At).ThenBy(w => w.Id, StringComparer.Ordinal).Select(w => new ConsentWithdrawal(
            w.Id, w.At, Split(w.Services), Split(w.Categories), w.Via, w.By))],
    };

    public static PolicyRow ToRow(WelfarePolicy source) => new()
    {
        Municipality = source.Municipality,
        Version = source.Version,
        ConsentPolicy = source.ConsentPolicy,
        ConsentValidityMonths = source.ConsentValidityMonths,
        SoleConsentAge = source.SoleConsentAge,
        OtherCategoriesNeedHolders = source.OtherCategoriesNeedHolders,
        ConsentRenewalDays = source.ConsentRenewalDays,
        ChangedAt = source.ChangedAt ?? default,
        ChangedBy = source.ChangedBy ?? "",
    };

    public static WelfarePolicy ToModel(PolicyRow row) => new()
    {
        Municipality = row.Municipality,
        Version = row.Version,
        ConsentPolicy = row.ConsentPolicy,
        ConsentValidityMonths = row.ConsentValidityMonths,
        SoleConsentAge = row.SoleConsentAge,
        OtherCategoriesNeedHolders = row.OtherCategoriesNeedHolders,
        ConsentRenewalDays = row.ConsentRenewalDays,
        ChangedAt = row.ChangedAt,
        ChangedBy = row.ChangedBy,
    };

    private static List<string> Codes(ConsentRow row, string kind) =>
        [.. row.Scopes.Where(s => s.Kind == kind).OrderBy(s => s.Position).Select(s => s.Code)];

    private static List<string> Split(string codes) => [.. codes.Split(',', StringSplitOptions.RemoveEmptyEntries)];
}
