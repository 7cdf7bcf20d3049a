using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Definitions;
using Xunit;

namespace Velferd.Workflows.Testing.Contracts;

/// <summary>What every <see cref="IWorkflowDefinitionStore"/> must do; each implementation inherits it.</summary>
public abstract class WorkflowDefinitionStoreContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A fresh, empty set of stores.</summary>
    protected abstract Task<StoreUnit> CreateAsync();

    [Theory]
    [InlineData("Latest", 3)]
    [InlineData("Published", 2)]
    [InlineData("LatestOrPublished", 3)]
    [InlineData("LatestAndPublished", null)]
    [InlineData("Draft", 3)]
    [InlineData("AllVersions", 3)]
    [InlineData("1", 1)]
    [InlineData("2", 2)]
    [InlineData("4", null)]
    public async Task FindAsync_VersionOption_ReturnsHighestMatchingVersion(string option, int? expectedVersion)
    {
        await using var unit = await CreateAsync();
        await SaveThreeVersionsAsync(unit, "bekymring");
        Assert.True(VersionOptions.TryParse(option, out var options));

        var found = await unit.Definitions.FindAsync("bekymring", options, Ct);

        Assert.Equal(expectedVersion, found?.Version);
    }

    [Fact]
    public async Task FindAsync_LatestIsPublished_LatestAndPublishedFindsIt()
    {
        await using var unit = await CreateAsync();
        await unit.Definitions.SaveAsync(
            [StoreData.Definition("stafett", 1), StoreData.Definition("stafett", 2, isLatest: true, isPublished: true)], Ct);

        var found = await unit.Definitions.FindAsync("stafett", VersionOptions.LatestAndPublished, Ct);

        Assert.Equal(2, found?.Version);
    }

    [Fact]
    public async Task FindAsync_UnknownDefinition_ReturnsNull()
    {
        await using var unit = await CreateAsync();
        await SaveThreeVersionsAsync(unit, "bekymring");

        var found = await unit.Definitions.FindAsync("ukjent", VersionOptions.Latest, Ct);

        Assert.Null(found);
    }

    [Fact]
    public async Task FindByVersionIdAsync_SavedVersion_RoundTripsHeaderAndDocument()
    {
        await using var unit = await CreateAsync();
        var saved = StoreData.Definition("bekymring", 1, isLatest: true, isPublished: true, name: "Bekymring – Ørsta");
        await unit.Definitions.SaveAsync([saved], Ct);

        var found = await unit.Definitions.FindByVersionIdAsync(saved.Id, Ct);

        Assert.NotNull(found);
        Assert.Equal(saved with { Document = found.Document }, found);
        Assert.True(JsonNode.DeepEquals(saved.Document, found.Document));
    }

    [Fact]
    public async Task ListVersionsAsync_ThreeVersions_NewestFirst()
    {
        await using var unit = await CreateAsync();
        await SaveThreeVersionsAsync(unit, "bekymring");
        await SaveThreeVersionsAsync(unit, "annen");

        var versions = await unit.Definitions.ListVersionsAsync("bekymring", Ct);

        Assert.Equal([3, 2, 1], versions.Select(v => v.Version));
        Assert.All(versions, v => Assert.Equal("bekymring", v.DefinitionId));
    }

    [Fact]
    public async Task ListAsync_SearchTerm_MatchesNamesCaseInsensitively()
    {
        await using var unit = await CreateAsync();
        await unit.Definitions.SaveAsync(
        [
            StoreData.Definition("a", 1, isLatest: true, name: "Bekymringsmelding barnehage"),
            StoreData.Definition("b", 1, isLatest: true, name: "Overgang til voksen"),
            StoreData.Definition("c", 1, isLatest: true, name: "Ny BEKYMRING fra skole"),
            StoreData.Definition("d", 1, isLatest: true, name: "Stafettlogg 100%"),
            StoreData.Definition("e", 1, isLatest: true, name: "Stafettlogg 1000"),
        ], Ct);

        var page = await unit.Definitions.ListAsync(new DefinitionQuery { SearchTerm = "bekymring" }, Ct);
        var percent = await unit.Definitions.ListAsync(new DefinitionQuery { SearchTerm = "100%" }, Ct);

        Assert.Equal(["Bekymringsmelding barnehage", "Ny BEKYMRING fra skole"], page.Items.Select(d => d.Name));
        Assert.Equal(2, page.TotalCount);
        Assert.Equal(["Stafettlogg 100%"], percent.Items.Select(d => d.Name));
    }

    [Fact]
    public async Task ListAsync_SecondPage_ReturnsThatPageAndTotalCount()
    {
        await using var unit = await CreateAsync();
        await unit.Definitions.SaveAsync(
            [.. Enumerable.Range(1, 5).Select(i => StoreData.Definition($"d{i}", 1, isLatest: true, name: $"Forløp {i}"))], Ct);

        var page = await unit.Definitions.ListAsync(new DefinitionQuery { Page = 1, PageSize = 2 }, Ct);

        Assert.Equal(["Forløp 3", "Forløp 4"], page.Items.Select(d => d.Name));
        Assert.Equal(5, page.TotalCount);
    }

    [Fact]
    public async Task ListAsync_DefinitionIdsAndAllVersionsByVersionDescending_ReturnsOnlyThoseDefinitions()
    {
        await using var unit = await CreateAsync();
        await SaveThreeVersionsAsync(unit, "bekymring");
        await SaveThreeVersionsAsync(unit, "annen");
        await SaveThreeVersionsAsync(unit, "tredje");

        var page = await unit.Definitions.ListAsync(
            new DefinitionQuery
            {
                Versions = VersionOptions.AllVersions,
                DefinitionIds = ["bekymring", "tredje"],
                OrderBy = DefinitionOrder.Version,
                Descending = true,
                PageSize = 10,
            },
            Ct);

        Assert.Equal(6, page.TotalCount);
        Assert.Equal([3, 3, 2, 2, 1, 1], page.Items.Select(d => d.Version));
        Assert.DoesNotContain(page.Items, d => d.DefinitionId == "annen");
    }

    [Fact]
    public async Task ListAsync_PublishedOnly_SkipsDefinitionsWithoutAPublishedVersion()
    {
        await using var unit = await CreateAsync();
        await SaveThreeVersionsAsync(unit, "bekymring");
        await unit.Definitions.SaveAsync([StoreData.Definition("utkast", 1, isLatest: true)], Ct);

        var page = await unit.Definitions.ListAsync(new DefinitionQuery { Versions = VersionOptions.Published }, Ct);

        var only = Assert.Single(page.Items);
        Assert.Equal(("bekymring", 2), (only.DefinitionId, only.Version));
    }

    [Fact]
    public async Task SaveAsync_ExistingId_UpdatesEveryField()
    {
        await using var unit = await CreateAsync();
        var draft = StoreData.Definition("bekymring", 1, isLatest: true);
        await unit.Definitions.SaveAsync([draft], Ct);
        var edited = draft with
        {
            Name = "Bekymring (revidert)",
            Description = null,
            IsPublished = true,
            UpdatedAt = draft.UpdatedAt.AddHours(1),
            Document = new JsonObject { ["root"] = new JsonObject { ["type"] = "Elsa.Flowchart", ["id"] = "ny" } },
        };

        await unit.Definitions.SaveAsync([edited], Ct);
        var found = await unit.Definitions.FindByVersionIdAsync(draft.Id, Ct);
        var versions = await unit.Definitions.ListVersionsAsync("bekymring", Ct);

        Assert.NotNull(found);
        Assert.Equal(edited with { Document = found.Document }, found);
        Assert.Equal("ny", found.Document["root"]?["id"]?.GetValue<string>());
        Assert.Single(versions);
    }

    [Fact]
    public async Task SaveAsync_PublishNewVersion_UpdatesOldAndInsertsNewTogether()
    {
        await using var unit = await CreateAsync();
        var v1 = StoreData.Definition("bekymring", 1, isLatest: true, isPublished: true);
        await unit.Definitions.SaveAsync([v1], Ct);

        await unit.Definitions.SaveAsync(
            [v1 with { IsLatest = false, IsPublished = false }, StoreData.Definition("bekymring", 2, isLatest: true, isPublished: true)], Ct);
        var published = await unit.Definitions.FindAsync("bekymring", VersionOptions.Published, Ct);
        var old = await unit.Definitions.FindByVersionIdAsync(v1.Id, Ct);

        Assert.Equal(2, published?.Version);
        Assert.False(old?.IsPublished);
        Assert.False(old?.IsLatest);
    }

    [Fact]
    public async Task DeleteAsync_Definition_RemovesEveryVersionAndReturnsCount()
    {
        await using var unit = await CreateAsync();
        await SaveThreeVersionsAsync(unit, "bekymring");
        await SaveThreeVersionsAsync(unit, "annen");

        var deleted = await unit.Definitions.DeleteAsync("bekymring", Ct);

        Assert.Equal(3, deleted);
        Assert.Empty(await unit.Definitions.ListVersionsAsync("bekymring", Ct));
        Assert.Equal(3, (await unit.Definitions.ListVersionsAsync("annen", Ct)).Count);
    }

    [Fact]
    public async Task DeleteVersionAsync_OneVersion_RemovesOnlyIt()
    {
        await using var unit = await CreateAsync();
        await SaveThreeVersionsAsync(unit, "bekymring");

        var deleted = await unit.Definitions.DeleteVersionAsync("bekymring-v1", Ct);
        var again = await unit.Definitions.DeleteVersionAsync("bekymring-v1", Ct);

        Assert.True(deleted);
        Assert.False(again);
        Assert.Equal([3, 2], (await unit.Definitions.ListVersionsAsync("bekymring", Ct)).Select(v => v.Version));
    }

    [Fact]
    public async Task IsNameTakenAsync_SameNameOtherCase_TrueForOthersFalseForItself()
    {
        await using var unit = await CreateAsync();
        await unit.Definitions.SaveAsync([StoreData.Definition("bekymring", 1, isLatest: true, name: "Bekymringsmelding")], Ct);

        var takenByOther = await unit.Definitions.IsNameTakenAsync("BEKYMRINGSMELDING", null, Ct);
        var takenByItself = await unit.Definitions.IsNameTakenAsync("bekymringsmelding", "bekymring", Ct);
        var free = await unit.Definitions.IsNameTakenAsync("Bekymring", null, Ct);

        Assert.True(takenByOther);
        Assert.False(takenByItself);
        Assert.False(free);
    }

    [Fact]
    public async Task EnumeratePublishedAsync_MoreThanOnePage_YieldsEachPublishedVersionOnce()
    {
        await using var unit = await CreateAsync();
        // One more published pathway than a page holds, each with a draft after it, and two never published.
        var published = Enumerable.Range(0, PublishedDefinitions.PageSize + 1).Select(i => $"forlop-{i:D3}").ToList();
        await unit.Definitions.SaveAsync(
        [
            .. published.SelectMany(id => new[] { StoreData.Definition(id, 1, isPublished: true), StoreData.Definition(id, 2, isLatest: true) }),
            StoreData.Definition("utkast-a", 1, isLatest: true),
            StoreData.Definition("utkast-b", 1, isLatest: true),
        ], Ct);

        var seen = new List<WorkflowDefinition>();
        await foreach (var definition in unit.Definitions.EnumeratePublishedAsync(Ct))
        {
            seen.Add(definition);
        }

        Assert.Equal(published, seen.Select(d => d.DefinitionId).Order(StringComparer.Ordinal));
        Assert.All(seen, d => Assert.Equal((1, true), (d.Version, d.IsPublished)));
    }

    /// <summary>v1 old, v2 published, v3 the latest draft.</summary>
    private static Task SaveThreeVersionsAsync(StoreUnit unit, string definitionId) =>
        unit.Definitions.SaveAsync(
        [
            StoreData.Definition(definitionId, 1),
            StoreData.Definition(definitionId, 2, isPublished: true),
            StoreData.Definition(definitionId, 3, isLatest: true),
        ], Ct);
}
