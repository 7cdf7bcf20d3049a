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

        var model = ProcessVersions.Build(versions, []);

        Assert.Equal([3, 2, 1], model.Rows.Select(r => r.Version));
        Assert.Equal(["Utkast", "Publisert", "Tidligere versjon"], model.Rows.Select(r => r.State));
        Assert.Equal("04.12.2026 14:30", model.Rows[0].Saved);
        Assert.Equal("P2 v3", model.Name);
    }

    [Fact]
    public void Build_HostCounts_SummedPerVersionIntoRunningFinishedCancelledAndFaulted()
    {
        DefinitionAnswer[] versions = [Version(1, published: false, latest: false), Version(2, published: true, latest: true)];
        InstanceCountAnswer[] counts =
        [
            Count(1, "Finished", 1), Count(1, "Cancelled", 1), Count(1, "Suspended", 1),
            Count(2, "Suspended", 1), Count(2, "Pending", 1), Count(2, "Executing", 1), Count(2, "Faulted", 1), Count(2, "Finished", 1),
        ];

        var model = ProcessVersions.Build(versions, counts);

        Assert.Equal(new InstanceCounts(Running: 3, Finished: 1, Cancelled: 0, Faulted: 1), model.Rows[0].Instances);
        Assert.Equal(new InstanceCounts(Running: 1, Finished: 1, Cancelled: 1, Faulted: 0), model.Rows[1].Instances);
        Assert.Equal(5, model.Rows[0].Instances.Total);
    }

    [Fact]
    public void Build_MoreThanTenThousandInstances_CountedExactlyAndShownInGroupsOfThree()
    {
        var model = ProcessVersions.Build([Version(1, published: true, latest: true)], [Count(1, "Suspended", 12_000), Count(1, "Finished", 345)]);

        var counts = Assert.Single(model.Rows).Instances;
        Assert.Equal((12_000L, 12_345L), (counts.Running, counts.Total));
        Assert.Equal("12\u00a0345", InstanceCounts.Format(counts.Total));
    }

    [Fact]
    public void Build_VersionWithoutInstances_CountsZero()
    {
        var model = ProcessVersions.Build([Version(1, published: true, latest: true)], [Count(7, "Finished", 4)]);

        Assert.Equal(InstanceCounts.None, Assert.Single(model.Rows).Instances);
    }

    [Theory]
    [InlineData(true, false, false, true)]
    [InlineData(false, true, true, true)]
    [InlineData(false, false, true, false)]
    public void Build_LatestAndPublished_DecideWhatMayBeDone(bool latestPublished, bool olderPublished, bool canPublish, bool canRetract)
    {
        DefinitionAnswer[] versions = [Version(1, olderPublished, latest: false), Version(2, latestPublished, latest: true)];

        var model = ProcessVersions.Build(versions, []);

        Assert.Equal(canPublish, model.CanPublish);
        Assert.Equal(canRetract, model.CanRetract);
    }

    private static DefinitionAnswer Version(int version, bool published, bool latest) =>
        new("p2", $"P2 v{version}", version, published, latest, null, Saved, Saved);

    private static InstanceCountAnswer Count(int version, string subStatus, long count) =>
        new(version, subStatus is "Finished" or "Cancelled" or "Faulted" ? "Finished" : "Running", subStatus, count);
}
