using System.Globalization;

namespace Velferd.Workflows.Studio.Inbox;

/// <summary>
/// The inbox's filters, order and page, and the <c>/api/tasks</c> request they make. Paging follows the API's keyset
/// cursor: <see cref="After"/> is the previous page's <c>nextCursor</c>.
/// </summary>
public sealed record InboxFilter
{
    /// <summary>Rows per page.</summary>
    public const int PageSize = 50;

    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    /// <summary>Mine or unclaimed.</summary>
    public InboxView View { get; init; } = InboxView.Mine;

    /// <summary>A pathway (definition id), or none.</summary>
    public string? Pathway { get; init; }

    /// <summary>A case id, or none.</summary>
    public string? CaseId { get; init; }

    /// <summary>The due filter.</summary>
    public DueFilter Due { get; init; } = DueFilter.All;

    /// <summary>The order: Due, Priority or Newest (the API's names).</summary>
    public string Sort { get; init; } = "Due";

    /// <summary>The keyset cursor of this page, or null for the first.</summary>
    public string? After { get; init; }

    /// <summary>The API path and query of this filter at <paramref name="now"/>.</summary>
    public string ToRequest(DateTimeOffset now)
    {
        var query = new List<string> { $"pageSize={PageSize}", $"sort={Uri.EscapeDataString(Sort)}" };
        Add(query, "pathway", Pathway);
        Add(query, "caseId", CaseId);
        if (DueBefore(now) is { } dueTo)
        {
            query.Add($"dueTo={Uri.EscapeDataString(dueTo.ToString("O", CultureInfo.InvariantCulture))}");
        }

        Add(query, "after", After);
        var list = View == InboxView.Mine ? "mine" : "unclaimed";
        return $"api/tasks/{list}?{string.Join('&', query)}";
    }

    /// <summary>The upper bound of the due filter at <paramref name="now"/>, or null for all.</summary>
    public DateTimeOffset? DueBefore(DateTimeOffset now) => Due switch
    {
        DueFilter.Overdue => now,
        DueFilter.Today => EndOfOsloDay(now),
        DueFilter.ThisWeek => now.AddDays(7),
        _ => null,
    };

    private static DateTimeOffset EndOfOsloDay(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, Oslo);
        var midnight = local.Date.AddDays(1);
        return new DateTimeOffset(midnight, Oslo.GetUtcOffset(midnight));
    }

    private static void Add(List<string> query, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            query.Add($"{name}={Uri.EscapeDataString(value.Trim())}");
        }
    }
}
