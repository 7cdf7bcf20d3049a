using System.Globalization;
using System.Net;
using System.Text;
using Velferd.Workflows.Core.Definitions;

namespace Velferd.Workflows.Host.Designer;

/// <summary>
/// The designer pages' HTML (bokmål). Every page is a document of its own; the Studio pages load only files from
/// our host (no web fonts, no CDN), so the designer works on an intranet.
/// </summary>
public static class DesignerHtml
{
    private const string PageStyle = """
        html, body { height: 100%; margin: 0; font-family: system-ui, "Segoe UI", Roboto, Arial, sans-serif; }
        body { display: flex; flex-direction: column; }
        .velferd-bar { display: flex; gap: 1rem; align-items: center; padding: 0 1rem; height: 44px; flex: none;
                       background: #1f3b57; color: #fff; font-size: 14px; }
        .velferd-bar a { color: #fff; }
        .velferd-bar form { margin-left: auto; }
        .velferd-bar button { background: none; border: 1px solid #fff; color: #fff; border-radius: 4px; padding: 2px 10px; cursor: pointer; }
        #velferd-host { flex: 1; min-height: 0; position: relative; overflow: hidden; }
        #velferd-host > * { display: block; height: 100%; }
        main.velferd-text { padding: 1rem 2rem; }
        #blazor-error-ui { display: none; position: fixed; bottom: 0; left: 0; right: 0; z-index: 1000; padding: .6rem 1.2rem;
                           background: #ffe6e6; border-top: 1px solid #c00; }
        #blazor-error-ui .dismiss { cursor: pointer; position: absolute; right: .75rem; top: .5rem; }
        """;

    private static readonly string[] StudioStyles =
    [
        "_content/MudBlazor/MudBlazor.min.css",
        "_content/CodeBeam.MudBlazor.Extensions/MudExtensions.min.css",
        "_content/Radzen.Blazor/css/material-base.css",
        "_content/Elsa.Studio.Shell/css/shell.css",
        "Elsa.Studio.Host.CustomElements.styles.css",
    ];

    private static readonly string[] StudioScripts =
    [
        "_content/BlazorMonaco/jsInterop.js",
        "_content/BlazorMonaco/lib/monaco-editor/min/vs/loader.js",
        "_content/BlazorMonaco/lib/monaco-editor/min/vs/editor/editor.main.js",
        "_content/MudBlazor/MudBlazor.min.js",
        "_content/CodeBeam.MudBlazor.Extensions/MudExtensions.min.js",
        "_content/Radzen.Blazor/Radzen.Blazor.js",
        "_framework/blazor.webassembly.js",
    ];

    /// <summary>
    /// Creates the element once Blazor has registered it (the element reads its attributes, the token included, once
    /// when it mounts), and opens an instance the Studio shows in our own viewer page.
    /// </summary>
    private const string MountScript = """
        (function () {
          const config = JSON.parse(document.getElementById('velferd-config').textContent);
          function openInstance(id) { location.assign('instances/' + encodeURIComponent(id)); }
          // After "Run" the editor routes to workflows/instances/{id}/view inside the element and never calls its
          // workflowDefinitionExecuted callback (3.8.2), which would leave the editor on screen: open our page instead.
          const studioInstanceRoute = /\/workflows\/instances\/([^/]+)\/view$/;
          const pushState = history.pushState;
          history.pushState = function (state, title, url) {
            const route = url ? studioInstanceRoute.exec(new URL(url, location.href).pathname) : null;
            if (route) { openInstance(decodeURIComponent(route[1])); return; }
            return pushState.apply(this, arguments);
          };
          customElements.whenDefined(config.element).then(function () {
            const element = document.createElement(config.element);
            if (config.idAttribute) element.setAttribute(config.idAttribute, config.id);
            element.setAttribute('remote-endpoint', config.remoteEndpoint);
            element.setAttribute('access-token', config.accessToken);
            document.getElementById('velferd-host').appendChild(element);
            // The instance list's "View" only calls this callback, which Blazor reads once the element is connected.
            if (config.element === 'elsa-workflow-instance-list') element.viewWorkflowInstance = openInstance;
          });
        })();
        """;

    /// <summary>A page hosting one Studio custom element.</summary>
    public static string Element(DesignerElement page)
    {
        var html = new StringBuilder();
        Head(html, page.Title, studio: page.IsInstalled);
        Bar(html, page.User);
        if (!page.IsInstalled)
        {
            html.AppendLine("<main class=\"velferd-text\"><h1>Designeren er ikke installert</h1>")
                .AppendLine("<p>Bygg verten (<code>dotnet build</code>), som installerer Elsa Studio med <code>npm ci</code>.</p></main></body></html>");
            return html.ToString();
        }

        html.AppendLine("<main id=\"velferd-host\"></main>");
        html.AppendLine("<div id=\"blazor-error-ui\">Det har oppstått en uventet feil. <a href=\"\" class=\"reload\">Last inn på nytt</a> <a class=\"dismiss\">×</a></div>");
        html.Append("<script id=\"velferd-config\" type=\"application/json\">")
            .Append(DesignerPages.ScriptJson(new
            {
                element = page.Element,
                idAttribute = page.Id?.Attribute,
                id = page.Id?.Value,
                remoteEndpoint = page.RemoteEndpoint,
                accessToken = page.AccessToken,
            }))
            .AppendLine("</script>");
        html.Append("<script>").Append(MountScript).AppendLine("</script>");
        foreach (var script in StudioScripts)
        {
            html.Append(CultureInfo.InvariantCulture, $"<script src=\"{script}\"></script>").AppendLine();
        }

        html.AppendLine("</body></html>");
        return html.ToString();
    }

    /// <summary>The sign-in form.</summary>
    public static string Login(string returnUrl, string? error, FormToken token)
    {
        var html = new StringBuilder();
        Head(html, "Logg inn – forløpsdesigner", studio: false);
        html.AppendLine("<header class=\"velferd-bar\"><strong>Velferd forløp</strong></header>")
            .AppendLine("<main class=\"velferd-text\"><h1>Logg inn</h1>");
        if (error is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p role=\"alert\" style=\"color:#b00\">{Encode(error)}</p>").AppendLine();
        }

        html.AppendLine("<form method=\"post\" action=\"login\">");
        Hidden(html, token);
        html.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"returnUrl\" value=\"{Encode(returnUrl)}\">").AppendLine()
            .AppendLine("<p><label>Brukernavn<br><input name=\"userName\" autocomplete=\"username\" required></label></p>")
            .AppendLine("<p><label>Passord<br><input name=\"password\" type=\"password\" autocomplete=\"current-password\" required></label></p>")
            .AppendLine("<p><button type=\"submit\">Logg inn</button></p></form>")
            .AppendLine("<p>Demobrukere: kari.prosesseier (prosesseier), ola.saksbehandler (saksbehandler), lise.leder (leder), admin. Passord: demo.</p>")
            .AppendLine("</main></body></html>");
        return html.ToString();
    }

    /// <summary>The pathways, each linked to its designer page.</summary>
    public static string DefinitionList(IEnumerable<WorkflowDefinition> definitions, SignedInUser user)
    {
        var html = new StringBuilder();
        Head(html, "Forløp – forløpsdesigner", studio: false);
        Bar(html, user);
        html.AppendLine("<main class=\"velferd-text\"><h1>Forløp</h1><ul>");
        foreach (var definition in definitions)
        {
            var state = definition.IsPublished ? "publisert" : "utkast";
            html.Append(CultureInfo.InvariantCulture,
                    $"<li><a href=\"definitions/{Uri.EscapeDataString(definition.DefinitionId)}\">{Encode(definition.Name)}</a> (versjon {definition.Version}, {state})</li>")
                .AppendLine();
        }

        html.AppendLine("</ul></main></body></html>");
        return html.ToString();
    }

    /// <summary>A page with a heading and a sentence.</summary>
    public static string Message(string heading, string text)
    {
        var html = new StringBuilder();
        Head(html, heading, studio: false);
        html.Append(CultureInfo.InvariantCulture, $"<main class=\"velferd-text\"><h1>{Encode(heading)}</h1><p>{Encode(text)}</p></main></body></html>");
        return html.ToString();
    }

    private static void Head(StringBuilder html, string title, bool studio)
    {
        html.AppendLine("<!DOCTYPE html>")
            .AppendLine("<html lang=\"nb\"><head><meta charset=\"utf-8\">")
            .AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\">")
            .Append(CultureInfo.InvariantCulture, $"<title>{Encode(title)}</title>").AppendLine()
            .Append(CultureInfo.InvariantCulture, $"<base href=\"{DesignerOptions.RequestPath}/\">").AppendLine()
            .AppendLine("<link rel=\"icon\" href=\"data:,\">");
        if (studio)
        {
            foreach (var style in StudioStyles)
            {
                html.Append(CultureInfo.InvariantCulture, $"<link href=\"{style}\" rel=\"stylesheet\">").AppendLine();
            }
        }

        html.Append("<style>").Append(PageStyle).AppendLine("</style></head><body>");
    }

    private static void Bar(StringBuilder html, SignedInUser user)
    {
        html.Append(CultureInfo.InvariantCulture,
                $"<header class=\"velferd-bar\"><strong>Velferd forløp</strong><a href=\"definitions\">Alle forløp</a><a href=\"instances\">Instanser</a><span>Innlogget som {Encode(user.Name)}</span>")
            .Append("<form method=\"post\" action=\"logout\">");
        Hidden(html, user.SignOutToken);
        html.AppendLine("<button type=\"submit\">Logg ut</button></form></header>");
    }

    private static void Hidden(StringBuilder html, FormToken token) =>
        html.Append(CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{Encode(token.FieldName)}\" value=\"{Encode(token.Value)}\">");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
