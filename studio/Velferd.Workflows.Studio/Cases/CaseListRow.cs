using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Inbox;
using Velferd.Workflows.Studio.Resources;

namespace Velferd.Workflows.Studio.Cases;

/// <summary>A case in the case list: who it is about, its kind, team and status in words, and when it was registered.</summary>
public sealed record CaseListRow(string Id, string Child, string Kind, string Team, string Status, bool IsOpen, string Registered)
{
    /// <summary>The row of <paramref name="answer"/>.</summary>
    public static CaseListRow From(CaseSummaryAnswer answer) => new(
        answer.Id,
        answer.ChildName is { Length: > 0 } name ? name : Texts.CaseListUnnamed,
        answer.Level is { } level ? $"{answer.Kind} {level}" : answer.Kind,
        answer.Team,
        answer.Status == "Closed" ? $"{Texts.CaseClosed} ({answer.EndCode})" : Texts.CaseOpen,
        answer.Status != "Closed",
        DueLabel.Format(answer.CreatedAt));
}
