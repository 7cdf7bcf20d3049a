using System.ComponentModel.DataAnnotations;

namespace Velferd.Workflows.Core.Expressions;

/// <summary>Limits on JavaScript expressions, so a runaway script faults its own instance and nothing else.</summary>
public sealed class JavaScriptOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Workflows:JavaScript";

    /// <summary>Longest time one evaluation may run.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Most statements one evaluation may execute.</summary>
    [Range(1, int.MaxValue)]
    public int MaxStatements { get; set; } = 100_000;

    /// <summary>Most bytes one evaluation may allocate.</summary>
    [Range(1, long.MaxValue)]
    public long MaxMemoryBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>Deepest call recursion allowed.</summary>
    [Range(1, int.MaxValue)]
    public int MaxRecursionDepth { get; set; } = 256;
}
