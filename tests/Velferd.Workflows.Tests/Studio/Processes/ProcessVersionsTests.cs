using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Processes;

namespace Velferd.Workflows.Tests.Studio.Processes;

public sealed class ProcessVersionsTests
{
    private static readonly DateTimeOffset Saved = new(2026, 12, 4, 13, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Build_Versions_NewestFirstWithTheirState()
    {
        DefinitionAnswer[] versions = [Version(1, published: false, latest: false), Version(3, published: false, latest: true), Version(2, published: true, latest: false)];

        var model = ProcessVersions.Build(versions, [], countsAreComplete: true);

        Assert.Equal([3, 2, 1], model.Rows.Select(r => r.Version));
        Assert.Equal(["Utkast", "Publisert", "Tidligere versjon"], model.Rows.Select(r => r.State));
        Assert.Equal("04.12.2026 14:30", model.Rows[0].Saved);
        Assert.Equal("P2 v3", model.Name);
    }

    [Fact]
    public void Build_Instances_CountedPerVersionAndStatus()
    {
        DefinitionAnswer[] versions = [Version(1, published: false, latest: false), Version(2, published: true, latest: true)];
        InstanceAnswer[] instances =
        [
            Instance(1, "Finished"), Instance(1, "Cancelled"), Instance(1, "Suspended"),
            Instance(2, "Suspended"), Instance(2, "Pending"), Instance(2, "Executing"), Instance(2, "Faulted"), Instance(2, "Finished"),
        ];

        var model = ProcessVersions.Build(versions, instances, countsAreComplete: true);

        Assert.Equal(new InstanceCounts(Running: 3, Finished: 1, Cancelled: 0, Faulted: 1), model.Rows[0].Instances);
        Assert.Equal(new InstanceCounts(Running: 1, Finished: 1, Cancelled: 1, Faulted: 0), model.Rows[1].Instances);
        Assert.Equal(5, model.Rows[0].Instances.Total);
    }

    [Fact]
    public void Build_VersionWithoutInstances_CountsZero()
    {
        var model = ProcessVersions.Build([Version(1, published: true, latest: true)], [Instance(7, "Finished")], countsAreComplete: true);

        Assert.Equal(InstanceCounts.None, Assert.Single(model.Rows).Instances);
    }

    [Theory]
    [InlineData(true, false, false, true)]
    [InlineData(false, true, true, true)]
    [InlineData(false, false, true, false)]
    public void Build_LatestAndPublished_DecideWhatMayBeDone(bool latestPublished, bool olderPublished, bool canPublish, bool canRetract)
    {
        DefinitionAnswer[] versions = [Version(1, olderPublished, latest: false), Version(2, latestPublished, latest: true)];

        var model = ProcessVersions.Build(versions, [], countsAreComplete: false);

        Assert.Equal(canPublish, model.CanPublish);
        Assert.Equal(canRetract, model.CanRetract);
        Assert.False(model.CountsAreComplete);
    }

    private static DefinitionAnswer Version(int version, bool published, bool latest) =>
        new("p2", $"P2 v{version}", version, published, latest, null, Saved, Saved);

    private static InstanceAnswer Instance(int version, string subStatus) =>
        new(Guid.NewGuid().ToString("N"), "p2", version, null, subStatus == "Finished" || subStatus == "Cancelled" ? "Finished" : "Running", subStatus, Saved);
}
