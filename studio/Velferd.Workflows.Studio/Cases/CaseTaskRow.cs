using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Inbox;
using Velferd.Workflows.Studio.Resources;

namespace Velferd.Workflows.Studio.Cases;

/// <summary>An open task of a case on «Sak»: what it is, who holds it (or which team may take it) and when it is due.</summary>
/// <param name="Id">The task's id (its page is <c>/oppgaver/{id}</c>).</param>
/// <param name="Title">The task's title.</param>
/// <param name="Holder">«Deg», the user who holds it, or «Ledig i team …».</param>
/// <param name="Due">The due time in Oslo, or «Ingen frist».</param>
public sealed record CaseTaskRow(string Id, string Title, string Holder, string Due)
{
    /// <summary>
    /// The rows of the tasks the user can see on the case (theirs and their teams' unclaimed ones), each once, the
    /// earliest due first and those without a due time last.
    /// </summary>
    public static IReadOnlyList<CaseTaskRow> Of(IEnumerable<TaskAnswer> tasks, string userName) =>
    [
        .. tasks.DistinctBy(t => t.Id)
            .OrderBy(t => t.DueAt is null)
            .ThenBy(t => t.DueAt)
            .ThenBy(t => t.CreatedAt)
            .Select(t => new CaseTaskRow(t.Id, t.Title, HolderOf(t, userName), t.DueAt is null ? Texts.CaseTaskNoDue : DueLabel.Format(t.DueAt))),
    ];

    private static string HolderOf(TaskAnswer task, string userName) => task.AssignedTo switch
    {
        null => TextFormat.With(Texts.CaseTaskUnclaimed, task.CandidateTeam ?? ""),
        var holder when holder == userName => Texts.CaseTaskYours,
        var holder => holder,
    };
}
