using System.Globalization;
using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Resources;

namespace Velferd.Workflows.Studio.YouthTeam;

/// <summary>
/// A topic in the youth team's list: its title, owner, the review date in words («i dag», «om 3 dager», «4 dager på
/// overtid») and the status, with whether the team may still change it.
/// </summary>
public sealed record TopicRow(string Id, string Title, string Owner, string Review, bool ReviewDue, string Status, bool IsOpen)
{
    /// <summary>Status code of an open topic.</summary>
    public const string Open = "åpen";

    /// <summary>The row of <paramref name="topic"/> on <paramref name="today"/> (an Oslo date).</summary>
    public static TopicRow From(YouthTeamTopicAnswer topic, DateOnly today)
    {
        var isOpen = topic.Status == Open;
        var days = topic.ReviewDate.DayNumber - today.DayNumber;
        var when = topic.ReviewDate.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var review = !isOpen ? "–"
            : days == 0 ? $"{when} ({Texts.YouthTeamReviewToday})"
            : days > 0 ? $"{when} ({TextFormat.With(Texts.YouthTeamReviewIn, days)})"
            : $"{when} ({TextFormat.With(Texts.YouthTeamReviewOverdue, -days)})";
        var status = isOpen ? Texts.YouthTeamStatusOpen : $"{Texts.YouthTeamStatusClosed} ({topic.EndCode})";
        return new TopicRow(topic.Id, topic.Title, topic.Owner, review, isOpen && days <= 0, status, isOpen);
    }
}
