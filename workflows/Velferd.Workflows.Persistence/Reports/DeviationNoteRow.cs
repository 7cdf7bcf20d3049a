namespace Velferd.Workflows.Persistence.Reports;

/// <summary>A row of <c>welfare_deviation_notes</c>.</summary>
public sealed class DeviationNoteRow
{
    /// <summary>Id.</summary>
    public required string Id { get; set; }

    /// <summary>The investigation.</summary>
    public required string InvestigationId { get; set; }

    /// <summary>Written at.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>Written by.</summary>
    public required string By { get; set; }

    /// <summary>The note.</summary>
    public required string Text { get; set; }
}
