namespace Velferd.Workflows.Studio.Inbox;

/// <summary>The kinds of form field (Core's FormFieldType), which decide the input shown.</summary>
public enum FieldKind
{
    /// <summary>One line of text.</summary>
    Text,

    /// <summary>Several lines of text.</summary>
    Multiline,

    /// <summary>A number.</summary>
    Number,

    /// <summary>A calendar date.</summary>
    Date,

    /// <summary>One of a list of options.</summary>
    Choice,

    /// <summary>Yes or no.</summary>
    YesNo,

    /// <summary>A fødselsnummer or D-number.</summary>
    Person,
}
