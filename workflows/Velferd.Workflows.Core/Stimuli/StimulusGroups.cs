namespace Velferd.Workflows.Core.Stimuli;

/// <summary>
/// Splits a claimed batch into groups the dispatcher can commit one transaction each. A group never holds two
/// stimuli for one instance (both would be run on the same revision and the second commit would conflict), so the
/// batch is cut into rounds: the first stimulus of every instance, then the second, and so on, in claim order. Rounds
/// run one after another, the groups of a round side by side. A signal goes alone.
/// </summary>
public static class StimulusGroups
{
    /// <summary>The rounds, each a list of groups of at most <paramref name="groupSize"/> stimuli.</summary>
    public static IReadOnlyList<IReadOnlyList<IReadOnlyList<ClaimedStimulus>>> Plan(IReadOnlyList<ClaimedStimulus> claimed, int groupSize)
    {
        var rounds = new List<List<ClaimedStimulus>>();
        var alone = new List<ClaimedStimulus>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var stimulus in claimed)
        {
            if (!StimulusProcessor.CanGroup(stimulus.Stimulus))
            {
                alone.Add(stimulus);
                continue;
            }

            var round = seen.TryGetValue(stimulus.Stimulus.WorkflowInstanceId!, out var previous) ? previous + 1 : 0;
            seen[stimulus.Stimulus.WorkflowInstanceId!] = round;
            if (round == rounds.Count)
            {
                rounds.Add([]);
            }

            rounds[round].Add(stimulus);
        }

        var plan = rounds.Select(r => (IReadOnlyList<IReadOnlyList<ClaimedStimulus>>)[.. r.Chunk(Math.Max(1, groupSize))]).ToList();
        if (alone.Count > 0)
        {
            IReadOnlyList<IReadOnlyList<ClaimedStimulus>> singles = [.. alone.Select(s => (IReadOnlyList<ClaimedStimulus>)[s])];
            if (plan.Count == 0)
            {
                plan.Add(singles);
            }
            else
            {
                plan[0] = [.. plan[0], .. singles];
            }
        }

        return plan;
    }
}
