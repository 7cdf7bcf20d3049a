namespace Velferd.Workflows.Core.Runtime;

/// <summary>
/// A followed connection waiting to be used by its target (Elsa 3's token flow). The target consumes the tokens
/// waiting for it when it completes; a blocked token stands for a branch that lost a race and is swallowed when
/// that branch arrives.
/// </summary>
public sealed class FlowToken
{
    /// <summary>The activity the flow left.</summary>
    public required string From { get; init; }

    /// <summary>The port it left on.</summary>
    public required string Port { get; init; }

    /// <summary>The activity the flow goes to.</summary>
    public required string To { get; init; }

    /// <summary>The body run (<see cref="BodyScope"/>) the connection was followed in; null in the root flowchart.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Scope { get; init; }

    /// <summary>True once the target has completed with it.</summary>
    public bool Consumed { get; set; }

    /// <summary>True for the place-holder of a branch that lost a race.</summary>
    public bool Blocked { get; set; }

    /// <summary>True while the token still holds its target back (neither consumed nor blocked).</summary>
    public bool IsLive => !Consumed && !Blocked;

    /// <summary>True when the token travels <paramref name="edge"/> in the body run <paramref name="scope"/>.</summary>
    public bool Travels(BlueprintEdge edge, string? scope) =>
        From == edge.Source.Id && To == edge.Target.Id && Port == edge.Connection.SourcePort && Scope == scope;
}
