namespace Velferd.Workflows.Core.Activities;

/// <summary>The input record of an activity that takes nothing.</summary>
public sealed record NoInput;
