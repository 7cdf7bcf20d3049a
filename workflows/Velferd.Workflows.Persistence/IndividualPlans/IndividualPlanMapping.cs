using Velferd.Workflows.Welfare.IndividualPlans;

namespace Velferd.Workflows.Persistence.IndividualPlans;

internal static class IndividualPlanMapping
{
    public static IndividualPlanRow ToRow(IndividualPlan plan) => new()
    {
        Id = plan.Id,
        CaseId = plan.CaseId,
        ReceivedOn = plan.ReceivedOn,
        Need = plan.Need,
        Services = string.Join(',', plan.Services),
        LongTermNeeds = plan.LongTermNeeds,
        Right = plan.Right,
        RightDecidedOn = plan.RightDecidedOn,
        RightReason = plan.RightReason,
        Wanted = plan.Wanted,
        WishRecordedAt = plan.WishRecordedAt,
        CreatedAt = plan.CreatedAt,
        CreatedBy = plan.CreatedBy,
        Revision = plan.Revision,
    };

    public static IndividualPlan ToModel(IndividualPlanRow row) => new()
    {
        Id = row.Id,
        CaseId = row.CaseId,
        ReceivedOn = row.ReceivedOn,
        Need = row.Need,
        Services = row.Services.Split(',', StringSplitOptions.RemoveEmptyEntries),
        LongTermNeeds = row.LongTermNeeds,
        Right = row.Right,
        RightDecidedOn = row.RightDecidedOn,
        RightReason = row.RightReason,
        Wanted = row.Wanted,
        WishRecordedAt = row.WishRecordedAt,
        CreatedAt = row.CreatedAt,
        CreatedBy = row.CreatedBy,
        Revision = row.Revision,
    };

    public static CoordinatorRow ToRow(Coordinator coordinator) => new()
    {
        Id = coordinator.Id,
        CaseId = coordinator.CaseId,
        UserName = coordinator.User,
        Kind = coordinator.Kind,
        Status = coordinator.Status,
        AppointedAt = coordinator.AppointedAt,
        AppointedBy = coordinator.AppointedBy,
        AcceptedAt = coordinator.AcceptedAt,
        LeftAt = coordinator.LeftAt,
        LeaveReason = coordinator.LeaveReason,
        Revision = coordinator.Revision,
    };

    public static Coordinator ToModel(CoordinatorRow row) => new()
    {
        Id = row.Id,
        CaseId = row.CaseId,
        User = row.UserName,
        Kind = row.Kind,
        Status = row.Status,
        AppointedAt = row.AppointedAt,
        AppointedBy = row.AppointedBy,
        AcceptedAt = row.AcceptedAt,
        LeftAt = row.LeftAt,
        LeaveReason = row.LeaveReason,
        Revision = row.Revision,
    };
}
