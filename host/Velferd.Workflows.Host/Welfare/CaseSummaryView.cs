using Velferd.Workflows.Welfare.Cases;

namespace Velferd.Workflows.Host.Welfare;

/// <summary>A case in a list: what tells it apart, without persons' numbers or addresses.</summary>
/// <param name="Id">The case id.</param>
/// <param name="Kind">BTI, Barnevern, ….</param>
/// <param name="Level">The BTI level.</param>
/// <param name="Team">The team it belongs to.</param>
/// <param name="Status"><c>Open</c> or <c>Closed</c>.</param>
/// <param name="EndCode">The end code of a closed case.</param>
/// <param name="ChildName">The child's name, when known.</param>
/// <param name="CreatedAt">When it was registered.</param>
public sealed record CaseSummaryView(string Id, string Kind, int? Level, string Team, string Status, string? EndCode, string? ChildName, DateTimeOffset CreatedAt)
{
    /// <summary>The summary of <paramref name="subject"/>.</summary>
    public static CaseSummaryView Of(WelfareCase subject) =>
        new(subject.Id, subject.Kind, subject.Level, subject.Team, subject.Status.ToString(), subject.EndCode, subject.Child.Name, subject.CreatedAt);
}
