using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Resources;

namespace Velferd.Workflows.Studio.Inbox;

/// <summary>One row of the inbox, decided from the API's task and the user.</summary>
public sealed record InboxRow(
    string TaskId,
    string Title,
    string CaseId,
    string Pathway,
    string Team,
    DueLabel Due,
    string DueAt,
    string Priority,
    string Holder,
    bool CanClaim,
    bool CanRelease,
    bool IsTest)
{
    /// <summary>The row of <paramref name="task"/> for <paramref name="userName"/> at <paramref name="now"/>.</summary>
    public static InboxRow From(TaskAnswer task, string userName, DateTimeOffset now)
    {
        var open = task.Status == "Open";
        var mine = task.Status == "Claimed" && task.AssignedTo == userName;
        return new InboxRow(
            task.Id,
            task.Title,
            task.CaseId ?? "",
            task.Pathway ?? "",
            task.CandidateTeam ?? "",
            DueLabel.Of(task.DueAt, now, task.IsOverdue),
            DueLabel.Format(task.DueAt),
            PriorityName(task.Priority),
            task.AssignedTo ?? Texts.TaskNobody,
            CanClaim: open,
            CanRelease: mine && task.CandidateTeam is not null && !task.IsTest,
            task.IsTest);
    }

    /// <summary>The bokmål name of a priority.</summary>
    public static string PriorityName(string priority) => priority switch
    {
        "Low" => Texts.PriorityLow,
        "High" => Texts.PriorityHigh,
        "Urgent" => Texts.PriorityUrgent,
        _ => Texts.PriorityNormal,
    };
}
