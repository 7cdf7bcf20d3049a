namespace Velferd.Workflows.Welfare.Reports;

/// <summary>An avviksnotat: the leader's account of an investigation that ran past its deadline .</summary>
/// <param name="Id">Time-ordered id.</param>
/// <param name="At">When it was written.</param>
/// <param name="By">The leader.</param>
/// <param name="Text">What happened and why (never logged).</param>
public sealed record DeviationNote(string Id, DateTimeOffset At, string By, string Text);
