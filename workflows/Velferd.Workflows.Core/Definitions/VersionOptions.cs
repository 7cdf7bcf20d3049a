using System.Globalization;

namespace Velferd.Workflows.Core.Definitions;

/// <summary>Which version of a definition to read, in Elsa's spelling (<c>Latest</c>, <c>Published</c>, a number…).</summary>
public readonly record struct VersionOptions
{
    private VersionOptions(string name, int? version)
    {
        Name = name;
        Version = version;
    }

    /// <summary>The option's name, or the version number as text.</summary>
    public string Name { get; }

    /// <summary>The version number, when one specific version is wanted.</summary>
    public int? Version { get; }

    /// <summary>The newest version, published or not.</summary>
    public static VersionOptions Latest { get; } = new("Latest", null);

    /// <summary>The published version.</summary>
    public static VersionOptions Published { get; } = new("Published", null);

    /// <summary>The newest version, else the published one.</summary>
    public static VersionOptions LatestOrPublished { get; } = new("LatestOrPublished", null);

    /// <summary>The newest version when it is also the published one.</summary>
    public static VersionOptions LatestAndPublished { get; } = new("LatestAndPublished", null);

    /// <summary>Unpublished versions.</summary>
    public static VersionOptions Draft { get; } = new("Draft", null);

    /// <summary>Every version.</summary>
    public static VersionOptions AllVersions { get; } = new("AllVersions", null);

    /// <summary>One version by number.</summary>
    public static VersionOptions SpecificVersion(int version) => new(version.ToString(CultureInfo.InvariantCulture), version);

    /// <summary>Reads Elsa's spelling; null or empty means <see cref="Latest"/>.</summary>
    public static bool TryParse(string? text, out VersionOptions options)
    {
        options = Latest;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
        {
            options = SpecificVersion(number);
            return true;
        }

        VersionOptions[] named = [Latest, Published, LatestOrPublished, LatestAndPublished, Draft, AllVersions];
        foreach (var candidate in named)
        {
            if (string.Equals(candidate.Name, text, StringComparison.OrdinalIgnoreCase))
            {
                options = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="definition"/> satisfies this option.</summary>
    public bool Matches(WorkflowDefinition definition) => Name switch
    {
        "Latest" => definition.IsLatest,
        "Published" => definition.IsPublished,
        "LatestOrPublished" => definition.IsLatest || definition.IsPublished,
        "LatestAndPublished" => definition.IsLatest && definition.IsPublished,
        "Draft" => !definition.IsPublished,
        "AllVersions" => true,
        _ => definition.Version == Version,
    };

    /// <inheritdoc />
    public override string ToString() => Name;
}
