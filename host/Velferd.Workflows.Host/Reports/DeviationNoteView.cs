namespace Velferd.Workflows.Host.Reports;

/// <summary>An avviksnotat.</summary>
public sealed record DeviationNoteView(string Id, DateTimeOffset At, string By, string Text);
