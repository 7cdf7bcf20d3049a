using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Hosting;
using Velferd.Workflows.Studio.Resources;
using Velferd.Workflows.Studio.SignIn;

namespace Velferd.Workflows.Studio.Designer;

/// <summary>
/// The designer's pages: one document per definition list, definition editor, instance list or instance viewer that
/// hosts the Elsa Studio custom element with the signed-in user's bearer token. The Studio's own list creates,
/// imports, exports and duplicates pathways against the host's Elsa API. Each is a page of its own, so
/// the Studio's Blazor runtime never shares a document with the studio's.
/// </summary>
public static class DesignerEndpoints
{
    /// <summary>The URL path the designer pages and the package's files share (the pages' <c>&lt;base href&gt;</c>).</summary>
    public const string RequestPath = "/designer";

    /// <summary>
    /// Where the designer page's script gets the session's current bearer token (<c>GET</c>, the sign-in cookie): the
    /// Elsa Studio element reads its token when it is created, so the script asks here each minute and hands a renewed
    /// one to the Studio (docs/studio.md, «The designer's token»).
    /// </summary>
    public const string TokenPath = RequestPath + "/token";

    /// <summary>The Elsa-compatible API on the host.</summary>
    public const string ElsaApiPath = "elsa/api";

    private static readonly JsonSerializerOptions ScriptJsonOptions =
        new() { Encoder = JavaScriptEncoder.Default, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>Maps the pages under <see cref="RequestPath"/>.</summary>
    public static IEndpointRouteBuilder MapDesignerEndpoints(this IEndpointRouteBuilder routes)
    {
        var pages = routes.MapGroup(RequestPath).ExcludeFromDescription();
        // The designer's address as people type it opens its home, the pathway list (not the file route's 400).
        pages.MapGet("/", () => TypedResults.Redirect($"{RequestPath}/definitions")).AllowAnonymous();
        pages.MapGet("/definitions", (HttpContext context) => Element(context, Texts.DesignerListTitle, "elsa-workflow-definition-list", id: null))
            .RequireAuthorization(StudioAuthentication.Policy);
        pages.MapGet("/definitions/{definitionId}", DefinitionAsync).RequireAuthorization(StudioAuthentication.Policy);
        pages.MapGet("/instances", (HttpContext context) => Element(context, Texts.DesignerInstancesTitle, "elsa-workflow-instance-list", id: null))
            .RequireAuthorization(StudioAuthentication.Policy);
        pages.MapGet("/instances/{instanceId}", (string instanceId, HttpContext context) =>
                Element(context, Texts.DesignerInstanceTitle, "elsa-workflow-instance-viewer", ("instance-id", instanceId)))
            .RequireAuthorization(StudioAuthentication.Policy);

        pages.MapGet("/token", TokenAsync).RequireAuthorization(StudioAuthentication.Policy);

        // Blazor WebAssembly asks for the settings of its environment; the custom elements need none.
        pages.MapGet("/appsettings.{environment}.json", (string environment) => TypedResults.Text("{}", "application/json")).AllowAnonymous();

        // Where the Studio navigates after "Run" when no callback is set.
        pages.MapGet("/workflows/instances/{instanceId}/view", (string instanceId) =>
            TypedResults.Redirect($"{RequestPath}/instances/{Uri.EscapeDataString(instanceId)}")).AllowAnonymous();
        routes.MapDesignerFiles();
        return routes;
    }

    private static async Task<IResult> DefinitionAsync(string definitionId, HttpContext context, HostApiClient api, CancellationToken cancellationToken)
    {
        var user = StudioUser.From(context.User)!;
        var answer = await api.GetAsync<DefinitionAnswer>(user, $"api/definitions/{Uri.EscapeDataString(definitionId)}", cancellationToken);
        if (answer.Value is not { } definition)
        {
            return answer.Problem!.Status == StatusCodes.Status404NotFound
                ? Message(Texts.DesignerNotFoundTitle, Texts.DesignerNotFoundText.Replace("{0}", definitionId, StringComparison.Ordinal), StatusCodes.Status404NotFound)
                : Message(Texts.DesignerListTitle, answer.Problem.Message, StatusCodes.Status502BadGateway);
        }

        return Element(context, DefinitionTitle(definition.Name), "elsa-workflow-definition-editor", ("definition-id", definitionId));
    }

    // The session's current token (renewed here when it is about to expire); 401 once the session has ended, and the
    // script then goes to the sign-in page, which says why.
    private static async Task<Results<Ok<DesignerToken>, UnauthorizedHttpResult>> TokenAsync(
        HttpContext context, AccessTokenSessions sessions, ITokenRenewal renewal, CancellationToken cancellationToken)
    {
        var user = StudioUser.From(context.User)!;
        context.Response.Headers.CacheControl = "no-store";
        if (await sessions.CurrentAsync(user, null, renewal, cancellationToken) is not { } tokens)
        {
            await context.SignOutAsync(StudioAuthentication.CookieScheme);
            return TypedResults.Unauthorized();
        }

        return TypedResults.Ok(new DesignerToken(tokens.AccessToken, tokens.ExpiresAt));
    }

    private static string DefinitionTitle(string name) => $"{name} – {Texts.DesignerName}";

    private static RazorComponentResult<DesignerElementPage> Element(HttpContext context, string title, string element, (string Attribute, string Value)? id)
    {
        var user = StudioUser.From(context.User)!;
        var package = context.RequestServices.GetRequiredService<ElsaStudioPackage>();
        var remoteEndpoint = new Uri(context.RequestServices.GetRequiredService<HostAddress>().ForBrowser(context.Request), ElsaApiPath).ToString();
        var texts = new
        {
            hostRefused = Texts.DesignerHostRefused,
            hostRefusedStatus = Texts.DesignerHostRefusedStatus,
            runHeading = Texts.DesignerRunHeading,
            runIntro = Texts.DesignerRunIntro,
            runNoInputs = Texts.DesignerRunNoInputs,
            runStart = Texts.DesignerRunStart,
            runCancel = Texts.DesignerRunCancel,
        };

        // The document titles of the designer's pages, for the pages designer-mount.js shows in the same document.
        var titles = new
        {
            definitions = Texts.DesignerListTitle,
            definition = DefinitionTitle("{0}"),
            designer = string.Concat(Texts.DesignerName[..1].ToUpperInvariant(), Texts.DesignerName[1..]),
            instances = Texts.DesignerInstancesTitle,
            instance = Texts.DesignerInstanceTitle,
        };
        var margin = context.RequestServices.GetRequiredService<IOptions<StudioOptions>>().Value.TokenRenewalMargin;
        var token = new
        {
            value = user.AccessToken,
            renewBeforeMs = (long)margin.TotalMilliseconds,
            endpoint = TokenPath,
            signIn = $"{SignInEndpoints.DesignerPath}?{StudioAuthentication.SessionEndedParameter}=1",
        };
        var config = JsonSerializer.Serialize(
            new { element, idAttribute = id?.Attribute, id = id?.Value, remoteEndpoint, token, texts, titles },
            ScriptJsonOptions);
        return new RazorComponentResult<DesignerElementPage>(new
        {
            Title = title, ConfigJson = config, IsInstalled = package.IsInstalled, Bar = Bar(context), ReadOnly = !user.EditsPathways,
        });
    }

    private static RazorComponentResult<DesignerMessagePage> Message(string heading, string text, int status) =>
        new(new { Heading = heading, Text = text }) { StatusCode = status };

    private static DesignerBar Bar(HttpContext context) =>
        new(StudioUser.From(context.User)!.DisplayName, FormToken.Issue(context, context.RequestServices.GetRequiredService<IAntiforgery>()));
}
