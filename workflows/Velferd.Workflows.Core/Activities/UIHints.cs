namespace Velferd.Workflows.Core.Activities;

/// <summary>The input editors Elsa Studio 3.8 understands (lowercase, as the designer expects).</summary>
public static class UIHints
{
    /// <summary>One line of text.</summary>
    public const string SingleLine = "singleline";

    /// <summary>Several lines of text.</summary>
    public const string MultiLine = "multiline";

    /// <summary>A checkbox for a boolean.</summary>
    public const string Checkbox = "checkbox";

    /// <summary>A dropdown with fixed options.</summary>
    public const string Dropdown = "dropdown";

    /// <summary>A code editor (JavaScript for scripts).</summary>
    public const string CodeEditor = "code-editor";

    /// <summary>A JSON editor.</summary>
    public const string JsonEditor = "json-editor";

    /// <summary>A list of outcome names that become ports.</summary>
    public const string DynamicOutcomes = "dynamic-outcomes";

    /// <summary>The flow switch case editor.</summary>
    public const string FlowSwitchEditor = "flow-switch-editor";

    /// <summary>Picks a workflow variable.</summary>
    public const string VariablePicker = "variable-picker";

    /// <summary>A list of text values.</summary>
    public const string MultiText = "multitext";

    /// <summary>A date and time.</summary>
    public const string DateTimePicker = "datetime-picker";

    /// <summary>Several fixed choices, any number of which may be picked.</summary>
    public const string CheckList = "checklist";

    /// <summary>Several fixed choices, one of which is picked.</summary>
    public const string RadioList = "radiolist";
}
