namespace Velferd.Workflows.Core.Activities;

/// <summary>The output record of an activity that produces nothing.</summary>
public sealed record NoOutput;
