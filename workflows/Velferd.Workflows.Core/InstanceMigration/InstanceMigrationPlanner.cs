using System.Text.Json;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Core.InstanceMigration;

/// <summary>
/// Decides what moving one running instance from one version of its definition to another does: each place it waits
/// (bookmark), each followed connection not yet used up (token) and each half-arrived join must have a counterpart in
/// the target of the same activity type, or the instance is refused with the reason, never half-moved. Pure: the
/// store writes what it returns.
/// </summary>
public static class InstanceMigrationPlanner
{
    /// <summary>The plan for <paramref name="instance"/>, and the migrated instance when it can be migrated.</summary>
    public static (InstancePlan Plan, MigratedInstance? Migrated) Plan(
        WorkflowInstance instance, WorkflowBlueprint source, WorkflowBlueprint target, ActivityMap map)
    {
        var problems = new List<string>();
        if (instance.DefinitionVersionId != source.Definition.Id)
        {
            problems.Add($"Instansen kjører versjon {instance.DefinitionVersion}, ikke versjon {source.Definition.Version}.");
        }

        if (instance.Status != WorkflowStatus.Running)
        {
            problems.Add("Instansen er avsluttet.");
        }

        if (instance.State.Containers is { Count: > 0 })
        {
            // A loop's position and its body runs are tied to the version's activities; moving them is not offered.
            problems.Add("Instansen står i en løkke eller beholder (for eksempel «For hvert element»); den kan flyttes når løkken er ferdig.");
        }

        var targetIds = target.Nodes.Keys.ToHashSet(StringComparer.Ordinal);
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        var moves = new List<ActivityMove>();
        foreach (var activityId in instance.State.Bookmarks.Select(b => b.ActivityId).Distinct(StringComparer.Ordinal))
        {
            var to = Resolve(activityId, source, target, map, targetIds, renamed, problems);
            moves.Add(new ActivityMove(activityId, NameIn(source, activityId), to, to is null ? null : NameIn(target, to)));
        }

        foreach (var token in instance.State.Tokens)
        {
            CheckConnection(token.From, token.Port, token.To, source, target, map, targetIds, renamed, problems);
        }

        foreach (var (joinId, arrived) in instance.State.JoinTokens)
        {
            Resolve(joinId, source, target, map, targetIds, renamed, problems);
            foreach (var key in arrived)
            {
                if (source.Nodes.TryGetValue(joinId, out var join) && join.Incoming.FirstOrDefault(e => e.Connection.Key == key) is { } edge)
                {
                    CheckConnection(edge.Source.Id, edge.Connection.SourcePort, joinId, source, target, map, targetIds, renamed, problems);
                }
            }
        }

        var plan = new InstancePlan(instance.Id, instance.CorrelationId, moves, [.. problems.Distinct(StringComparer.Ordinal)]);
        return (plan, plan.CanMigrate ? Migrate(instance, target, renamed) : null);
    }

    private static string? Resolve(
        string activityId, WorkflowBlueprint source, WorkflowBlueprint target, ActivityMap map,
        IReadOnlySet<string> targetIds, Dictionary<string, string> renamed, List<string> problems)
    {
        var name = NameIn(source, activityId);
        var to = map.TargetOf(activityId, targetIds);
        if (to is null || !target.Nodes.TryGetValue(to, out var targetNode))
        {
            problems.Add($"«{name}» finnes ikke i versjon {target.Definition.Version}: velg hvilket steg som tar over.");
            return null;
        }

        if (source.Nodes.TryGetValue(activityId, out var sourceNode) && sourceNode.Type.TypeName != targetNode.Type.TypeName)
        {
            problems.Add($"«{name}» er {sourceNode.Type.TypeName}, men «{NameIn(target, to)}» i versjon {target.Definition.Version} er {targetNode.Type.TypeName}.");
            return null;
        }

        if (to != activityId)
        {
            renamed[activityId] = to;
        }

        return to;
    }

    private static void CheckConnection(
        string from, string port, string to, WorkflowBlueprint source, WorkflowBlueprint target, ActivityMap map,
        IReadOnlySet<string> targetIds, Dictionary<string, string> renamed, List<string> problems)
    {
        var newFrom = Resolve(from, source, target, map, targetIds, renamed, problems);
        var newTo = Resolve(to, source, target, map, targetIds, renamed, problems);
        if (newFrom is null || newTo is null)
        {
            return;
        }

        var exists = target.Nodes[newFrom].Outgoing.TryGetValue(port, out var edges) && edges.Any(e => e.Target.Id == newTo);
        if (!exists)
        {
            problems.Add(
                $"Forbindelsen fra «{NameIn(source, from)}» ({port}) til «{NameIn(source, to)}» er underveis, men finnes ikke i versjon {target.Definition.Version}.");
        }
    }

    private static MigratedInstance Migrate(WorkflowInstance instance, WorkflowBlueprint target, IReadOnlyDictionary<string, string> renamed)
    {
        // A copy, so a refused or failed save leaves the loaded instance as it was.
        var state = JsonSerializer.Deserialize<WorkflowState>(JsonSerializer.Serialize(instance.State, WorkflowJson.Options), WorkflowJson.Options)!;
        string Map(string id) => renamed.GetValueOrDefault(id, id);

        state.Bookmarks = [.. state.Bookmarks.Select(b => b with { ActivityId = Map(b.ActivityId) })];
        state.Tokens = [.. state.Tokens.Select(t => new FlowToken { From = Map(t.From), Port = t.Port, To = Map(t.To), Consumed = t.Consumed, Blocked = t.Blocked })];
        state.JoinTokens = state.JoinTokens.ToDictionary(
            j => Map(j.Key),
            j => j.Value.Select(key => RenameConnectionKey(key, j.Key, Map)).ToList(),
            StringComparer.Ordinal);

        // A variable the new version declares starts with its initial value; the instance's own values stay.
        foreach (var variable in target.Variables.Where(v => !state.Variables.ContainsKey(v.Name)))
        {
            state.Variables[variable.Name] = variable.InitialValue?.DeepClone();
        }

        var migrated = new WorkflowInstance
        {
            Id = instance.Id,
            DefinitionId = instance.DefinitionId,
            DefinitionVersionId = target.Definition.Id,
            DefinitionVersion = target.Definition.Version,
            Name = instance.Name,
            CorrelationId = instance.CorrelationId,
            Team = instance.Team,
            TestRunBy = instance.TestRunBy,
            Status = instance.Status,
            SubStatus = instance.SubStatus,
            CreatedAt = instance.CreatedAt,
            UpdatedAt = instance.UpdatedAt,
            FinishedAt = instance.FinishedAt,
            Revision = instance.Revision,
            State = state,
        };
        return new MigratedInstance(migrated, instance.DefinitionVersion, renamed);
    }

    // Join tokens name connections as "source:port->join" (FlowchartConnection.Key); both ends follow the map.
    private static string RenameConnectionKey(string key, string joinId, Func<string, string> map)
    {
        var arrow = key.LastIndexOf("->", StringComparison.Ordinal);
        var colon = arrow < 0 ? -1 : key.LastIndexOf(':', arrow);
        return colon < 0 ? key : $"{map(key[..colon])}{key[colon..arrow]}->{map(joinId)}";
    }

    private static string NameIn(WorkflowBlueprint blueprint, string activityId) =>
        blueprint.Nodes.TryGetValue(activityId, out var node) ? node.Activity.Name ?? node.Type.Descriptor.DisplayName : activityId;
}
