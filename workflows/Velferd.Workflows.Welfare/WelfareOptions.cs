using System.ComponentModel.DataAnnotations;

namespace Velferd.Workflows.Welfare;

/// <summary>Settings of the welfare domain.</summary>
public sealed class WelfareOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Welfare";

    /// <summary>The kommunenummer cases and policy belong to by default (<c>3201</c> Bærum).</summary>
    [Required]
    [RegularExpression("^[0-9]{4}$")]
    public string Municipality { get; set; } = "3201";
}
