namespace Velferd.Workflows.Core.Activities;

/// <summary>Describes an input property of an activity's input record for the designer.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class InputAttribute : Attribute
{
    /// <summary>Label in the property panel (Norwegian).</summary>
    public string? DisplayName { get; set; }

    /// <summary>Help text in the property panel.</summary>
    public string? Description { get; set; }

    /// <summary>The designer's editor for the input; see <see cref="UIHints"/>. Derived from the type when unset.</summary>
    public string? UIHint { get; set; }

    /// <summary>Choices for a dropdown, radio or check list: the values stored in the definition.</summary>
    public string[]? Options { get; set; }

    /// <summary>
    /// What the designer shows for each of <see cref="Options"/>, in the same order (Norwegian), when the stored values
    /// are codes. An enum's texts come from <see cref="System.ComponentModel.DataAnnotations.DisplayAttribute"/> on its members.
    /// </summary>
    public string[]? OptionTexts { get; set; }

    /// <summary>
    /// True when the activity cannot work without a value: the designer marks the input, and saving or publishing a
    /// definition where it is empty is refused with the activity named.
    /// </summary>
    public bool IsRequired { get; set; }

    /// <summary>The value used when the definition sets none.</summary>
    public object? DefaultValue { get; set; }

    /// <summary>Position in the property panel.</summary>
    public float Order { get; set; }

    /// <summary>
    /// True (the default) when the value is an expression wrapper <c>{typeName, expression}</c>; false when the
    /// definition holds the raw JSON value (lists edited by special editors, such as switch cases).
    /// </summary>
    public bool IsWrapped { get; set; } = true;

    /// <summary>The expression syntax the designer offers first.</summary>
    public string DefaultSyntax { get; set; } = "Literal";

    /// <summary>Groups inputs in the property panel.</summary>
    public string? Category { get; set; }

    /// <summary>False hides the input from the property panel.</summary>
    public bool IsBrowsable { get; set; } = true;
}
