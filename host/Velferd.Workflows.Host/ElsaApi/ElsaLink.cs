namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>A HATEOAS link; the designer turns editing on only when a <c>publish</c> link is present.</summary>
public sealed record ElsaLink(string Href, string Rel, string Method);
