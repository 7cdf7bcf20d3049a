using System.Globalization;
using Velferd.Workflows.Studio.Resources;

namespace Velferd.Workflows.Studio.Inbox;

/// <summary>
/// A due time as the inbox shows it: the state that colours it and a bokmål text counted in Oslo calendar days
/// («Frist i dag», «3 dager igjen», «Forfalt for 2 dager siden»).
/// </summary>
public sealed record DueLabel(DueState State, string Text)
{
    /// <summary>Due within this is «due soon».</summary>
    public static readonly TimeSpan SoonWithin = TimeSpan.FromDays(2);

    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
    private static readonly CultureInfo Norwegian = CultureInfo.GetCultureInfo("nb-NO");

    /// <summary>
    /// The label of <paramref name="dueAt"/> seen at <paramref name="now"/>. <paramref name="hostSaysOverdue"/> is the
    /// host's own verdict on its clock (which Development can move ahead of this one): when it says overdue, so do we.
    /// </summary>
    public static DueLabel Of(DateTimeOffset? dueAt, DateTimeOffset now, bool hostSaysOverdue = false)
    {
        if (dueAt is not { } due)
        {
            return new DueLabel(DueState.None, Texts.DueNone);
        }

        var days = (TimeZoneInfo.ConvertTime(due, Oslo).Date - TimeZoneInfo.ConvertTime(now, Oslo).Date).Days;
        if (hostSaysOverdue && due > now)
        {
            return new DueLabel(DueState.Overdue, Texts.DueOverdue);
        }

        if (due <= now)
        {
            return new DueLabel(DueState.Overdue, days switch
            {
                0 => Texts.DueOverdueToday,
                -1 => Texts.DueOverdueYesterday,
                _ => TextFormat.With(Texts.DueOverdueDays, -days),
            });
        }

        var state = due - now <= SoonWithin ? DueState.Soon : DueState.Later;
        return new DueLabel(state, days switch
        {
            0 => Texts.DueToday,
            1 => Texts.DueTomorrow,
            _ => TextFormat.With(Texts.DueInDays, days),
        });
    }

    /// <summary>The due time as an Oslo date and time, e.g. «05.12.2026 14:30».</summary>
    public static string Format(DateTimeOffset? dueAt) =>
        dueAt is { } due ? TimeZoneInfo.ConvertTime(due, Oslo).ToString("dd.MM.yyyy HH:mm", Norwegian) : "";
}
