using Velferd.Workflows.Core.Deadlines;

namespace Velferd.Workflows.Core.Access;

/// <summary>
/// Reading deadlines through the access decision: one the user may not see reads as missing. The store filters by
/// <see cref="CaseDataAccess.Visibility"/> (the deadline's own team or its instance's, a related case, never a hidden
/// one), so a list never loads the instances it is about.
/// </summary>
public static class VisibleDeadlines
{
    /// <summary>The deadline, or null when it does not exist or the user may not see it.</summary>
    public static async Task<Deadline?> FindVisibleAsync(
        this IDeadlineStore deadlines, string id, CaseDataAccess access, CancellationToken cancellationToken)
    {
        var page = await deadlines.ListVisibleAsync(new DeadlineQuery { Id = id, Take = 1 }, access, cancellationToken);
        return page.Items.Count == 1 ? page.Items[0] : null;
    }

    /// <summary>The deadlines matching <paramref name="query"/> that the user may see, and how many there are.</summary>
    public static Task<DeadlinePage> ListVisibleAsync(
        this IDeadlineStore deadlines, DeadlineQuery query, CaseDataAccess access, CancellationToken cancellationToken) =>
        deadlines.ListAsync(access.Visibility is { } visibility ? query with { Visibility = visibility } : query, cancellationToken);
}
