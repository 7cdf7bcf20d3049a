using System.ComponentModel.DataAnnotations;

namespace Velferd.Workflows.Host.Clock;

/// <summary>The controllable clock of Development (<c>/api/dev/clock</c>).</summary>
public sealed class ClockOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Clock";

    /// <summary>
    /// True lets an admin or process owner move the host's time (<c>POST /api/dev/clock</c>); without it the route does
    /// not exist. Defaults to true in Development and false elsewhere.
    /// </summary>
    public bool? Controllable { get; set; }

    /// <summary>
    /// How long a move waits for the engine to apply the work it released (deadlines, reminders, housekeeping) before
    /// it answers anyway with <c>settled: false</c>.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan SettleTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Whether the clock is controllable in this environment.</summary>
    public static bool IsControllable(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>($"{SectionName}:{nameof(Controllable)}") ?? environment.IsDevelopment();
}
