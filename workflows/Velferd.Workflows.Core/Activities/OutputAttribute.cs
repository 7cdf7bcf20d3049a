namespace Velferd.Workflows.Core.Activities;

/// <summary>Describes an output property of an activity's output record for the designer.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class OutputAttribute : Attribute
{
    /// <summary>Label in the output tab (Norwegian).</summary>
    public string? DisplayName { get; set; }

    /// <summary>Help text in the output tab.</summary>
    public string? Description { get; set; }
}
