using System.Globalization;

namespace Velferd.Workflows.Core.HumanTasks;

/// <summary>
/// The keyset cursor of inbox lists: the sort values of the last task on a page, then its id. Opaque to clients;
/// every store encodes and decodes it the same way.
/// </summary>
/// <param name="PriorityOrder">The last task's <see cref="HumanTask.PriorityOrder"/>.</param>
/// <param name="DueOrder">The last task's <see cref="HumanTask.DueOrder"/>.</param>
/// <param name="Id">The last task's id.</param>
public sealed record HumanTaskCursor(int PriorityOrder, DateTimeOffset DueOrder, string Id)
{
    /// <summary>The cursor after <paramref name="task"/>.</summary>
    public static string Encode(HumanTask task) =>
        string.Create(CultureInfo.InvariantCulture, $"{task.PriorityOrder}.{task.DueOrder.UtcTicks}.{task.Id}");

    /// <summary>Reads a cursor; null when it is not one of ours.</summary>
    public static HumanTaskCursor? Decode(string? cursor)
    {
        var parts = cursor?.Split('.', 3);
        return parts is { Length: 3 }
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var priority)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks <= DateTimeOffset.MaxValue.UtcTicks
            && parts[2].Length is > 0 and <= 64
                ? new HumanTaskCursor(priority, new DateTimeOffset(ticks, TimeSpan.Zero), parts[2])
                : null;
    }
}
