namespace Velferd.Workflows.Core.Activities;

/// <summary>
/// Declares an activity's stable type name and how the designer shows it. The type name is stored in
/// definitions, so it never follows the class name.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityAttribute(string typeName) : Attribute
{
    /// <summary>The stable type name, e.g. <c>Elsa.WriteLine</c> or <c>Velferd.UserTask</c>.</summary>
    public string TypeName { get; } = typeName;

    /// <summary>The activity's version; definitions refer to it next to the type name.</summary>
    public int Version { get; set; } = 1;

    /// <summary>Toolbox group in the designer (Norwegian).</summary>
    public string Category { get; set; } = "Diverse";

    /// <summary>Toolbox label (Norwegian).</summary>
    public string? DisplayName { get; set; }

    /// <summary>Tooltip in the toolbox.</summary>
    public string? Description { get; set; }

    /// <summary>How the designer presents the activity.</summary>
    public ActivityKind Kind { get; set; } = ActivityKind.Action;

    /// <summary>The static outcome ports. Activities with dynamic ports list none and compute them.</summary>
    public string[] Outcomes { get; set; } = [ActivityResult.DefaultOutcome];

    /// <summary>False hides the activity from the toolbox (the flowchart container, for example).</summary>
    public bool IsBrowsable { get; set; } = true;

    /// <summary>True when the activity ends the workflow or its path.</summary>
    public bool IsTerminal { get; set; }

    /// <summary>
    /// Ports that hold an embedded activity rather than lead to one (Elsa's <c>[Port] IActivity</c> properties, such as
    /// a loop's <c>Body</c>): the definition stores the activity, normally a nested flowchart, under the camel-cased name.
    /// </summary>
    public string[] EmbeddedPorts { get; set; } = [];

    /// <summary>True for a loop that <c>Elsa.Break</c> in its body stops (Elsa's break behaviour).</summary>
    public bool HandlesBreak { get; set; }

    /// <summary>True when the activity marks where a workflow starts.</summary>
    public bool IsStart { get; set; }

    /// <summary>
    /// True for a trigger that can only begin a flow, never wait in the middle of one: a definition that places it
    /// anywhere but where the flow begins is refused when it is saved, naming the activity.
    /// </summary>
    public bool OnlyStarts { get; set; }
}
