namespace Velferd.Workflows.Host.Instances;

/// <summary>The durable stimulus a request became.</summary>
public sealed record StimulusAccepted(string StimulusId);
