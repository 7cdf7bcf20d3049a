using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Host.Auth;

namespace Velferd.Workflows.Host.Designer;

/// <summary>
/// The designer's own pages: a cookie sign-in for the demo users, and one document per definition editor or
/// instance viewer that hosts the Elsa Studio custom element with a short-lived bearer token for the signed-in user.
/// </summary>
public static class DesignerPages
{
    /// <summary>The cookie scheme of the designer pages.</summary>
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;

    /// <summary>Signed in with the designer cookie.</summary>
    public static AuthorizationPolicy CookiePolicy { get; } =
        new AuthorizationPolicyBuilder(CookieScheme).RequireAuthenticatedUser().Build();

    /// <summary>Maps the pages under <see cref="DesignerOptions.RequestPath"/>.</summary>
    public static RouteGroupBuilder MapDesignerPages(this IEndpointRouteBuilder routes)
    {
        var pages = routes.MapGroup(DesignerOptions.RequestPath).ExcludeFromDescription();
        pages.MapGet("/login", (string? returnUrl) => Html(DesignerHtml.Login(SafeReturnUrl(returnUrl), error: null))).AllowAnonymous();
        pages.MapPost("/login", SignInAsync).AllowAnonymous().DisableAntiforgery();
        pages.MapPost("/logout", (Delegate)SignOutAsync).AllowAnonymous().DisableAntiforgery();
        pages.MapGet("/definitions", DefinitionListPageAsync).RequireAuthorization(CookiePolicy);
        pages.MapGet("/definitions/{definitionId}", DefinitionPageAsync).RequireAuthorization(CookiePolicy);
        pages.MapGet("/instances/{instanceId}", InstancePage).RequireAuthorization(CookiePolicy);

        // Blazor WebAssembly asks for the settings of its environment; the custom elements need none.
        pages.MapGet("/appsettings.{environment}.json", (string environment) => TypedResults.Text("{}", "application/json")).AllowAnonymous();

        // Where the Studio navigates after "Run" when no callback is set.
        pages.MapGet("/workflows/instances/{instanceId}/view", (string instanceId) =>
            TypedResults.Redirect($"{DesignerOptions.RequestPath}/instances/{Uri.EscapeDataString(instanceId)}")).AllowAnonymous();
        return pages;
    }

    private static async Task<Results<RedirectHttpResult, ContentHttpResult>> SignInAsync(
        HttpContext context, IOptions<AuthOptions> options)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var returnUrl = SafeReturnUrl(form["returnUrl"]);
        var user = FindUser(options.Value, form["userName"], form["password"]);
        if (user is null)
        {
            var page = Html(DesignerHtml.Login(returnUrl, "Feil brukernavn eller passord."));
            return TypedResults.Content(page.ResponseContent, page.ContentType, Encoding.UTF8, StatusCodes.Status401Unauthorized);
        }

        var claims = new List<Claim> { new("sub", user.UserName), new("name", string.IsNullOrEmpty(user.DisplayName) ? user.UserName : user.DisplayName) };
        claims.AddRange(user.Roles.Select(r => new Claim("role", r)));
        claims.AddRange(user.Teams.Select(t => new Claim("team", t)));
        await context.SignInAsync(CookieScheme, new ClaimsPrincipal(new ClaimsIdentity(claims, CookieScheme, "sub", "role")));
        return TypedResults.Redirect(returnUrl);
    }

    private static async Task<RedirectHttpResult> SignOutAsync(HttpContext context)
    {
        await context.SignOutAsync(CookieScheme);
        return TypedResults.Redirect($"{DesignerOptions.RequestPath}/login");
    }

    private static async Task<ContentHttpResult> DefinitionListPageAsync(
        HttpContext context, IWorkflowDefinitionStore store, CancellationToken cancellationToken)
    {
        var page = await store.ListAsync(new DefinitionQuery { Versions = VersionOptions.Latest, PageSize = 500 }, cancellationToken);
        return Html(DesignerHtml.DefinitionList(page.Items, context.User.FindFirstValue("name") ?? ""));
    }

    private static async Task<Results<ContentHttpResult, NotFound<ContentHttpResult>>> DefinitionPageAsync(
        string definitionId, HttpContext context, IWorkflowDefinitionStore store, TokenIssuer issuer, IOptions<DesignerOptions> options,
        IWebHostEnvironment environment, CancellationToken cancellationToken)
    {
        var definition = await store.FindAsync(definitionId, VersionOptions.Latest, cancellationToken);
        if (definition is null)
        {
            return TypedResults.NotFound(Html(DesignerHtml.Message("Fant ikke forløpet", $"Det finnes ikke noe forløp med id «{definitionId}».")));
        }

        return TypedResults.Content(DesignerHtml.Element(
            new DesignerElement(
                Title: $"{definition.Name} – forløpsdesigner",
                Element: "elsa-workflow-definition-editor",
                IdAttribute: "definition-id",
                Id: definitionId,
                RemoteEndpoint: RemoteEndpoint(context),
                AccessToken: Token(context.User, issuer, options.Value),
                UserName: context.User.FindFirstValue("name") ?? "",
                IsInstalled: IsInstalled(environment, options.Value))), "text/html; charset=utf-8");
    }

    private static ContentHttpResult InstancePage(
        string instanceId, HttpContext context, TokenIssuer issuer, IOptions<DesignerOptions> options, IWebHostEnvironment environment) =>
        TypedResults.Content(DesignerHtml.Element(
            new DesignerElement(
                Title: "Forløpsinstans",
                Element: "elsa-workflow-instance-viewer",
                IdAttribute: "instance-id",
                Id: instanceId,
                RemoteEndpoint: RemoteEndpoint(context),
                AccessToken: Token(context.User, issuer, options.Value),
                UserName: context.User.FindFirstValue("name") ?? "",
                IsInstalled: IsInstalled(environment, options.Value))), "text/html; charset=utf-8");

    private static string Token(ClaimsPrincipal principal, TokenIssuer issuer, DesignerOptions options)
    {
        var user = new DemoUser
        {
            UserName = principal.FindFirstValue("sub") ?? "",
            DisplayName = principal.FindFirstValue("name") ?? "",
            Roles = [.. principal.FindAll("role").Select(c => c.Value)],
            Teams = [.. principal.FindAll("team").Select(c => c.Value)],
        };
        return issuer.Issue(user, options.TokenLifetime).Token;
    }

    private static string RemoteEndpoint(HttpContext context) =>
        $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{ElsaApi.ElsaDefinitionView.BasePath}";

    private static bool IsInstalled(IWebHostEnvironment environment, DesignerOptions options) =>
        File.Exists(Path.Combine(environment.ContentRootPath, options.StudioPath, "_framework", "blazor.webassembly.js"));

    private static DemoUser? FindUser(AuthOptions options, string? userName, string? password)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password))
        {
            return null;
        }

        var user = options.DemoUsers.FirstOrDefault(u => string.Equals(u.UserName, userName.Trim(), StringComparison.OrdinalIgnoreCase));
        return user is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(user.Password), Encoding.UTF8.GetBytes(password))
            ? user
            : null;
    }

    private static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 1 } url && url[0] == '/' && url[1] != '/' && url[1] != '\\' ? url : DesignerOptions.RequestPath + "/definitions";

    private static ContentHttpResult Html(string html) => TypedResults.Content(html, "text/html; charset=utf-8");

    /// <summary>JSON for a script block: encoded so that no value can close the script element.</summary>
    internal static string ScriptJson(object value) => JsonSerializer.Serialize(value, ScriptJsonOptions);

    private static readonly JsonSerializerOptions ScriptJsonOptions =
        new() { Encoder = JavaScriptEncoder.Default, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
}

/// <summary>What a designer page hosts.</summary>
/// <param name="Title">The document title.</param>
/// <param name="Element">The custom element's tag.</param>
/// <param name="IdAttribute">The attribute that names what it shows.</param>
/// <param name="Id">The definition or instance id.</param>
/// <param name="RemoteEndpoint">Our <c>/elsa/api</c> base URL.</param>
/// <param name="AccessToken">A bearer token for the signed-in user.</param>
/// <param name="UserName">Shown in the header.</param>
/// <param name="IsInstalled">False when the package has not been installed by the build.</param>
public sealed record DesignerElement(
    string Title, string Element, string IdAttribute, string Id, string RemoteEndpoint, string AccessToken, string UserName, bool IsInstalled);
