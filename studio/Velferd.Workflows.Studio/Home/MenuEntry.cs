namespace Velferd.Workflows.Studio.Home;

/// <summary>One entry of the studio's menu.</summary>
/// <param name="Href">Where it goes.</param>
/// <param name="Text">What it says (bokmål).</param>
/// <param name="Icon">Which icon it shows.</param>
/// <param name="FullPageLoad">True for pages outside the studio's Blazor runtime (the designer).</param>
public sealed record MenuEntry(string Href, string Text, MenuIcon Icon, bool FullPageLoad);
