using System.Reflection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Studio.Hosting;

namespace Velferd.Workflows.Studio.Designer;

/// <summary>
/// Finds the unpacked Elsa Studio package: the configured path, else <c>ElsaStudio/</c> beside the assembly (a
/// published app), else where the build installed it (recorded in the assembly), so a host or studio run from
/// <c>bin/</c> after <c>dotnet build</c> has the designer too.
/// </summary>
public sealed class ElsaStudioPackage
{
    private const string Marker = "_framework/blazor.webassembly.js";

    /// <summary>Looks for the package once.</summary>
    public ElsaStudioPackage(IOptions<StudioOptions> options)
    {
        var candidates = new List<string?>
        {
            string.IsNullOrWhiteSpace(options.Value.ElsaStudioPath) ? null : Path.Combine(AppContext.BaseDirectory, options.Value.ElsaStudioPath),
            Path.Combine(AppContext.BaseDirectory, "ElsaStudio"),
            typeof(ElsaStudioPackage).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "ElsaStudioPackage")?.Value,
        };
        Root = candidates.OfType<string>().Select(Path.GetFullPath).FirstOrDefault(root => File.Exists(Path.Combine(root, Marker)));
        Files = Root is null ? new NullFileProvider() : new PhysicalFileProvider(Root);
    }

    /// <summary>The package's directory, or null when it is not installed.</summary>
    public string? Root { get; }

    /// <summary>True when the package is there.</summary>
    public bool IsInstalled => Root is not null;

    /// <summary>The package's files.</summary>
    public IFileProvider Files { get; }
}
