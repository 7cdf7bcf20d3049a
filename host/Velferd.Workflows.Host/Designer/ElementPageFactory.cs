using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Host.Auth;

namespace Velferd.Workflows.Host.Designer;

/// <summary>
/// Builds the pages that host one Elsa Studio custom element, each with a short-lived bearer token for the signed-in
/// user (the element reads the token once, when it mounts).
/// </summary>
public sealed class ElementPageFactory(TokenIssuer issuer, IOptions<DesignerOptions> options, IWebHostEnvironment environment, IAntiforgery antiforgery)
{
    /// <summary>The page for <paramref name="element"/>, naming what it shows by <paramref name="id"/>.</summary>
    public ContentHttpResult Create(HttpContext context, string title, string element, (string Attribute, string Value)? id) =>
        TypedResults.Content(
            DesignerHtml.Element(new DesignerElement(
                title,
                element,
                id,
                RemoteEndpoint(context),
                Token(context.User),
                DesignerPages.SignedIn(context, antiforgery),
                IsInstalled())),
            "text/html; charset=utf-8");

    private string Token(ClaimsPrincipal principal)
    {
        var user = new DemoUser
        {
            UserName = principal.FindFirstValue("sub") ?? "",
            DisplayName = principal.FindFirstValue("name") ?? "",
            Roles = [.. principal.FindAll("role").Select(c => c.Value)],
            Teams = [.. principal.FindAll("team").Select(c => c.Value)],
        };
        return issuer.Issue(user, options.Value.TokenLifetime).Token;
    }

    private static string RemoteEndpoint(HttpContext context) =>
        $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{ElsaApi.ElsaDefinitionView.BasePath}";

    private bool IsInstalled() =>
        File.Exists(Path.Combine(environment.ContentRootPath, options.Value.StudioPath, "_framework", "blazor.webassembly.js"));
}
