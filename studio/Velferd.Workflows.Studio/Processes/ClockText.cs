using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Inbox;
using Velferd.Workflows.Studio.Resources;

namespace Velferd.Workflows.Studio.Processes;

/// <summary>How «Tidsreise» describes the host's clock: its time, and how far it is ahead of (or behind) the wall clock.</summary>
public static class ClockText
{
    /// <summary>
    /// Moving back to the wall clock is a move to an instant read a moment before, so the offset that remains is a
    /// few milliseconds behind: within this, the clock counts as not moved.
    /// </summary>
    public static readonly TimeSpan NotMovedWithin = TimeSpan.FromMinutes(1);

    /// <summary>True when <paramref name="clock"/> runs (about) with the wall clock.</summary>
    public static bool IsAtWallClock(ClockAnswer clock) => clock.Offset.Duration() < NotMovedWithin;

    /// <summary>«05.12.2026 14:30 (11 dager fram)», or the time alone when the clock has not been moved.</summary>
    public static string Of(ClockAnswer clock)
    {
        var time = DueLabel.Format(clock.Now);
        var days = (int)Math.Round(clock.Offset.TotalDays, MidpointRounding.AwayFromZero);
        return (days, clock.Offset) switch
        {
            _ when IsAtWallClock(clock) => time,
            (0, var offset) when offset > TimeSpan.Zero => $"{time} ({Texts.ClockAheadLessThanADay})",
            (0, _) => $"{time} ({Texts.ClockBehindLessThanADay})",
            ( > 0, _) => $"{time} ({TextFormat.With(days == 1 ? Texts.ClockAheadOneDay : Texts.ClockAheadDays, days)})",
            _ => $"{time} ({TextFormat.With(days == -1 ? Texts.ClockBehindOneDay : Texts.ClockBehindDays, -days)})",
        };
    }

    /// <summary>What a move did: the new time and how many deadline and timer steps fired on the way.</summary>
    public static string Moved(ClockMoveAnswer move) =>
        TextFormat.With(Texts.ClockMoved, DueLabel.Format(move.Now)).Replace("{1}", move.FiredSteps.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
