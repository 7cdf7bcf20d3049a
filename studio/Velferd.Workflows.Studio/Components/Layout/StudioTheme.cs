using MudBlazor;

namespace Velferd.Workflows.Studio.Components.Layout;

/// <summary>The studio's colours: the designer's dark blue bar, and contrast that passes WCAG AA.</summary>
public static class StudioTheme
{
    /// <summary>The MudBlazor theme.</summary>
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f3b57",
            AppbarBackground = "#1f3b57",
            Secondary = "#8a4b00",
            Error = "#b00020",
            Warning = "#8a4b00",
            Success = "#1b5e20",
            Info = "#0b5394",

            // Labels and helper texts darker than MudBlazor's 60 % black, which axe-core finds too faint on the labels.
            TextSecondary = "#4a5560",
        },
    };
}
