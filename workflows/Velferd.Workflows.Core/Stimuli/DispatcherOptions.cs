using System.ComponentModel.DataAnnotations;

namespace Velferd.Workflows.Core.Stimuli;

/// <summary>How the stimulus dispatcher claims and retries work.</summary>
public sealed class DispatcherOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Workflows:Dispatcher";

    /// <summary>False leaves stimuli to other nodes (or to tests that drive the dispatcher themselves).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a claim holds; a node that dies leaves its claims to expire after this.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often an idle dispatcher looks for work it was not woken for (another node's, retries).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Most stimuli claimed at once.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 128;

    /// <summary>
    /// Most stimuli committed in one transaction (for different instances). A group pays one load, one transaction
    /// and one statement per kind of row instead of one each per stimulus; a group that fails is applied one by one.
    /// </summary>
    [Range(1, 256)]
    public int GroupSize { get; set; } = 32;

    /// <summary>Most groups processed at once.</summary>
    [Range(1, 64)]
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>Claims after which a stimulus that keeps failing is given up (status Failed).</summary>
    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 10;
}
