namespace Velferd.Workflows.Core.HumanTasks;

/// <summary>The kinds of form field a user task can ask for (JSON names in parentheses).</summary>
public enum FormFieldType
{
    /// <summary>One line of text (<c>text</c>); min/max are lengths, pattern a regular expression.</summary>
    Text,

    /// <summary>Several lines of text (<c>multiline</c>); min/max are lengths.</summary>
    Multiline,

    /// <summary>A number (<c>number</c>); min/max are values.</summary>
    Number,

    /// <summary>A calendar date <c>yyyy-MM-dd</c> (<c>date</c>); min/max are dates.</summary>
    Date,

    /// <summary>One of a fixed list of options (<c>choice</c>).</summary>
    Choice,

    /// <summary>Yes or no, a JSON boolean (<c>yesno</c>).</summary>
    YesNo,

    /// <summary>A person's fødselsnummer or D-number (<c>person</c>), checked with its check digits.</summary>
    Person,
}
