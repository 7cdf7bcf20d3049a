using System.ComponentModel.DataAnnotations;

namespace Velferd.Workflows.Host.Designer;

/// <summary>Where the Elsa Studio package lies, and how the designer pages sign their users in to the API.</summary>
public sealed class DesignerOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Designer";

    /// <summary>The URL path the designer pages and the package's files share (the pages' <c>&lt;base href&gt;</c>).</summary>
    public const string RequestPath = "/designer";

    /// <summary>
    /// The unpacked npm package <c>@elsa-workflows/elsa-studio-wasm</c>, relative to the content root. The build's
    /// <c>npm ci</c> puts it here; publishing copies it next to the host.
    /// </summary>
    [Required]
    public string StudioPath { get; set; } = "ElsaStudio/node_modules/@elsa-workflows/elsa-studio-wasm";

    /// <summary>
    /// How long the bearer token handed to a designer page lives. The Studio reads it once when the element mounts
    /// and never refreshes it, so it must outlast an editing session; reloading the page issues a new one.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "12:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Origins allowed to call <c>/elsa/api</c> when the Studio is served elsewhere (none by default).</summary>
    public string[] AllowedOrigins { get; set; } = [];
}
