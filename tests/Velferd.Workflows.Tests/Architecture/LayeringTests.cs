using System.Xml.Linq;

namespace Velferd.Workflows.Tests.Architecture;

/// <summary>
/// ARCHITECTURE.md §3, read from the project files themselves: which projects each product project may reference. A
/// project that is not in the table fails the test, so a new project (Welfare, Studio, …) states its place on arrival.
/// </summary>
public sealed class LayeringTests
{
    private const string Core = "Velferd.Workflows.Core";
    private const string Welfare = "Velferd.Workflows.Welfare";
    private const string Persistence = "Velferd.Workflows.Persistence";
    private const string Host = "Velferd.Workflows.Host";

    /// <summary>Product project → the projects it may reference (directly). The host composes, so it may reference all.</summary>
    private static readonly Dictionary<string, string[]?> Allowed = new(StringComparer.Ordinal)
    {
        [Core] = [],
        [Welfare] = [Core],
        [Persistence] = [Core, Welfare],
        ["Velferd.Workflows.Persistence.Sqlite"] = [Persistence],
        ["Velferd.Workflows.Persistence.PostgreSql"] = [Persistence],
        ["Velferd.Workflows.Persistence.SqlServer"] = [Persistence],
        ["Velferd.Workflows.Scheduling"] = [Core, Welfare],
        ["Velferd.Workflows.Activities"] = [Core, Welfare],
        ["Velferd.Workflows.Simulator"] = [],
        ["Velferd.Workflows.Studio"] = ["Velferd.Workflows.Api.Contracts"],
        ["Velferd.Workflows.Api.Contracts"] = [],
        [Host] = null,
    };

    /// <summary>The folders that hold product projects (tests/ holds the test projects, which may reference anything).</summary>
    private static readonly string[] ProductFolders = ["workflows", "activities", "host", "studio"];

    public static TheoryData<string> Projects => [.. ProductProjects().Select(p => Path.GetFileNameWithoutExtension(p))];

    [Theory]
    [MemberData(nameof(Projects))]
    public void ProjectReferences_OfEveryProductProject_FollowTheLayering(string project)
    {
        Assert.True(Allowed.TryGetValue(project, out var allowed), $"{project} is not in the layering table: add it with the projects it may reference (ARCHITECTURE.md §3).");

        var references = ReferencesOf(project);

        Assert.DoesNotContain(Host, references);
        if (allowed is not null)
        {
            Assert.Empty(references.Except(allowed, StringComparer.Ordinal));
        }
    }

    [Fact]
    public void ProductProjects_AreFound_InEveryLayer()
    {
        var names = ProductProjects().Select(p => Path.GetFileNameWithoutExtension(p)).ToList();

        Assert.Contains(Core, names);
        Assert.Contains(Welfare, names);
        Assert.Contains("Velferd.Workflows.Activities", names);
        Assert.Contains(Host, names);
    }

    private static List<string> ReferencesOf(string project)
    {
        var file = ProductProjects().Single(p => Path.GetFileNameWithoutExtension(p) == project);
        return [.. XDocument.Load(file).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .Distinct(StringComparer.Ordinal)];
    }

    private static IEnumerable<string> ProductProjects()
    {
        var root = RepositoryRoot();
        return ProductFolders
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.csproj", SearchOption.AllDirectories))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Velferd.Workflows.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Velferd.Workflows.sln not found above the test assembly.");
    }
}
