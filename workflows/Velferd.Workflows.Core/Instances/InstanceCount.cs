using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Core.Instances;

/// <summary>How many instances of one version of a definition have one status and sub-status.</summary>
/// <param name="DefinitionVersion">The version the instances run on.</param>
/// <param name="Status">Their status.</param>
/// <param name="SubStatus">Their sub-status.</param>
/// <param name="Count">How many, exactly.</param>
public sealed record InstanceCount(int DefinitionVersion, WorkflowStatus Status, WorkflowSubStatus SubStatus, long Count);
