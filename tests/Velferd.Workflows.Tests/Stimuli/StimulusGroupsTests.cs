using Velferd.Workflows.Core.Stimuli;

namespace Velferd.Workflows.Tests.Stimuli;

public sealed class StimulusGroupsTests
{
    private static readonly DateTimeOffset At = new(2024, 3, 1, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Plan_SecondStimulusOfAnInstance_GoesToALaterRoundInClaimOrder()
    {
        var claimed = new[] { Resume("1", "a"), Resume("2", "b"), Resume("3", "a"), Resume("4", "c"), Resume("5", "a") };

        var plan = StimulusGroups.Plan(claimed, groupSize: 8);

        Assert.Equal(
            [["1", "2", "4"], ["3"], ["5"]],
            plan.Select(round => round.SelectMany(group => group).Select(c => c.Stimulus.Id).ToArray()).ToArray());
    }

    [Fact]
    public void Plan_RoundLargerThanTheGroupSize_IsCutIntoGroupsThatNeverNameAnInstanceTwice()
    {
        var claimed = Enumerable.Range(0, 20).Select(i => Resume($"s{i}", $"instans-{i % 10}")).ToArray();

        var plan = StimulusGroups.Plan(claimed, groupSize: 4);

        Assert.Equal([[4, 4, 2], [4, 4, 2]], plan.Select(round => round.Select(g => g.Count).ToArray()).ToArray());
        Assert.All(plan.SelectMany(round => round), group =>
            Assert.Equal(group.Count, group.Select(c => c.Stimulus.WorkflowInstanceId).Distinct().Count()));
        Assert.Equal(claimed.Length, plan.SelectMany(round => round).Sum(g => g.Count));
    }

    [Fact]
    public void Plan_Signal_GoesAloneInTheFirstRound()
    {
        var signal = new ClaimedStimulus(new Stimulus { Id = "signal", Kind = StimulusKind.Signal, IdempotencyKey = "signal", EventName = "Samtykke", CreatedAt = At, AvailableAt = At }, "token");

        var plan = StimulusGroups.Plan([Resume("1", "a"), signal, Resume("2", "b")], groupSize: 8);

        var round = Assert.Single(plan);
        Assert.Equal([["1", "2"], ["signal"]], round.Select(g => g.Select(c => c.Stimulus.Id).ToArray()).ToArray());
    }

    [Fact]
    public void Plan_NothingClaimed_HasNoRounds() => Assert.Empty(StimulusGroups.Plan([], groupSize: 8));

    private static ClaimedStimulus Resume(string id, string instanceId) =>
        new(new Stimulus { Id = id, Kind = StimulusKind.Resume, IdempotencyKey = id, WorkflowInstanceId = instanceId, BookmarkId = "b", CreatedAt = At, AvailableAt = At }, "token");
}
