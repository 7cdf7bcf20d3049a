using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
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
        pages.MapGet("/login", (string? returnUrl, HttpContext context, IAntiforgery antiforgery) =>
            Html(DesignerHtml.Login(SafeReturnUrl(returnUrl), error: null, FormToken.Issue(context, antiforgery)))).AllowAnonymous();

        // The forms carry our own anti-forgery token, checked in the handlers (the form is read by hand, so the
        // framework's automatic check, which needs a bound form parameter, would not run).
        pages.MapPost("/login", SignInAsync).AllowAnonymous().DisableAntiforgery();
        pages.MapPost("/logout", SignOutAsync).AllowAnonymous().DisableAntiforgery();
        pages.MapGet("/definitions", DefinitionListPageAsync).RequireAuthorization(CookiePolicy);
        pages.MapGet("/definitions/{definitionId}", DefinitionPageAsync).RequireAuthorization(CookiePolicy);
        pages.MapGet("/instances", InstanceListPage).RequireAuthorization(CookiePolicy);
        pages.MapGet("/instances/{instanceId}", InstancePage).RequireAuthorization(CookiePolicy);

        // Blazor WebAssembly asks for the settings of its environment; the custom elements need none.
        pages.MapGet("/appsettings.{environment}.json", (string environment) => TypedResults.Text("{}", "application/json")).AllowAnonymous();

        // Where the Studio navigates after "Run" when no callback is set.
        pages.MapGet("/workflows/instances/{instanceId}/view", (string instanceId) =>
            TypedResults.Redirect($"{DesignerOptions.RequestPath}/instances/{Uri.EscapeDataString(instanceId)}")).AllowAnonymous();
        return pages;
    }

    private static async Task<Results<RedirectHttpResult, ContentHttpResult>> SignInAsync(
        HttpContext context, IOptions<AuthOptions> options, IAntiforgery antiforgery)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var returnUrl = SafeReturnUrl(form["returnUrl"]);
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return LoginAgain(context, antiforgery, returnUrl, "Skjemaet er utløpt. Logg inn på nytt.", StatusCodes.Status400BadRequest);
        }

        var user = FindUser(options.Value, form["userName"], form["password"]);
        if (user is null)
        {
            return LoginAgain(context, antiforgery, returnUrl, "Feil brukernavn eller passord.", StatusCodes.Status401Unauthorized);
        }

        var claims = new List<Claim> { new("sub", user.UserName), new("name", string.IsNullOrEmpty(user.DisplayName) ? user.UserName : user.DisplayName) };
        claims.AddRange(user.Roles.Select(r => new Claim("role", r)));
        claims.AddRange(user.Teams.Select(t => new Claim("team", t)));
        await context.SignInAsync(CookieScheme, new ClaimsPrincipal(new ClaimsIdentity(claims, CookieScheme, "sub", "role")));
        return TypedResults.Redirect(returnUrl);
    }

    private static ContentHttpResult LoginAgain(HttpContext context, IAntiforgery antiforgery, string returnUrl, string error, int status)
    {
        var page = Html(DesignerHtml.Login(returnUrl, error, FormToken.Issue(context, antiforgery)));
        return TypedResults.Content(page.ResponseContent, page.ContentType, Encoding.UTF8, status);
    }

    private static async Task<Results<RedirectHttpResult, BadRequest>> SignOutAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.BadRequest();
        }

        await context.SignOutAsync(CookieScheme);
        return TypedResults.Redirect($"{DesignerOptions.RequestPath}/login");
    }

    private static async Task<ContentHttpResult> DefinitionListPageAsync(
        HttpContext context, IWorkflowDefinitionStore store, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var page = await store.ListAsync(new DefinitionQuery { Versions = VersionOptions.Latest, PageSize = 500 }, cancellationToken);
        return Html(DesignerHtml.DefinitionList(page.Items, SignedIn(context, antiforgery)));
    }

    private static async Task<Results<ContentHttpResult, NotFound<ContentHttpResult>>> DefinitionPageAsync(
        string definitionId, HttpContext context, IWorkflowDefinitionStore store, ElementPageFactory pages, CancellationToken cancellationToken)
    {
        var definition = await store.FindAsync(definitionId, VersionOptions.Latest, cancellationToken);
        if (definition is null)
        {
            return TypedResults.NotFound(Html(DesignerHtml.Message("Fant ikke forløpet", $"Det finnes ikke noe forløp med id «{definitionId}».")));
        }

        return pages.Create(context, $"{definition.Name} – forløpsdesigner", "elsa-workflow-definition-editor", ("definition-id", definitionId));
    }

    private static ContentHttpResult InstancePage(string instanceId, HttpContext context, ElementPageFactory pages) =>
        pages.Create(context, "Forløpsinstans", "elsa-workflow-instance-viewer", ("instance-id", instanceId));

    private static ContentHttpResult InstanceListPage(HttpContext context, ElementPageFactory pages) =>
        pages.Create(context, "Forløpsinstanser", "elsa-workflow-instance-list", id: null);

    /// <summary>The header's user name and sign-out form.</summary>
    internal static SignedInUser SignedIn(HttpContext context, IAntiforgery antiforgery) =>
        new(context.User.FindFirstValue("name") ?? "", FormToken.Issue(context, antiforgery));

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
/// <param name="Id">The attribute that names what it shows and its value (a definition or instance id), if any.</param>
/// <param name="RemoteEndpoint">Our <c>/elsa/api</c> base URL.</param>
/// <param name="AccessToken">A bearer token for the signed-in user.</param>
/// <param name="User">Shown in the header, with the sign-out form.</param>
/// <param name="IsInstalled">False when the package has not been installed by the build.</param>
public sealed record DesignerElement(
    string Title, string Element, (string Attribute, string Value)? Id, string RemoteEndpoint, string AccessToken, SignedInUser User, bool IsInstalled);

/// <summary>The signed-in user as the page header shows it.</summary>
/// <param name="Name">The display name.</param>
/// <param name="SignOutToken">The anti-forgery token of the sign-out form.</param>
public sealed record SignedInUser(string Name, FormToken SignOutToken);

/// <summary>An anti-forgery token for a form: the hidden field's name and value.</summary>
/// <param name="FieldName">The form field's name.</param>
/// <param name="Value">The request token.</param>
public sealed record FormToken(string FieldName, string Value)
{
    /// <summary>Issues a token (and its cookie) for a form on this response.</summary>
    public static FormToken Issue(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return new FormToken(tokens.FormFieldName, tokens.RequestToken ?? "");
    }
}
