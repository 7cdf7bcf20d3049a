using System.Globalization;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Welfare.Timeline;

/// <summary>
/// Ids for timeline events that sort in the order they were made, also when several are made at the same instant
/// (one request's events, or a clock that stands still): a time-ordered id, moved just past the last one this
/// process made when it would not sort after it. Timelines are ordered by time, then by this id.
/// </summary>
public static class TimelineIds
{
    private static readonly Lock Gate = new();
    private static UInt128 _last;

    /// <summary>A new id stamped with <paramref name="at"/>, greater than every earlier one of this process.</summary>
    public static string Next(DateTimeOffset at)
    {
        var candidate = UInt128.Parse(Ids.New(at), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        lock (Gate)
        {
            _last = candidate > _last ? candidate : _last + 1;
            return _last.ToString("x32", CultureInfo.InvariantCulture);
        }
    }
}
