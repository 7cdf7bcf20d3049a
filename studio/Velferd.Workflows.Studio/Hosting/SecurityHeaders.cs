using Velferd.Workflows.Studio.Designer;
using Velferd.Workflows.Studio.HostApi;

namespace Velferd.Workflows.Studio.Hosting;

/// <summary>
/// The security headers on every answer of the studio (and of the host that serves it): no content sniffing, no
/// referrer, no framing, and a Content-Security-Policy that lets pages load code only from this site. The studio
/// pages (Blazor Server, MudBlazor) need inline styles, which Blazor and MudBlazor set as style attributes; the
/// designer pages also need <c>'wasm-unsafe-eval'</c> to compile Elsa Studio's WebAssembly, and may call the host's
/// API at its own origin when the studio runs apart from it.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The API reference page of another package: it runs inline module scripts, so it only gets framing denied.</summary>
    public const string ApiReferencePath = "/scalar";

    // Elsa Studio's instance list and definition editor each render an inline script that defines
    // window.editorHotkeys (the package is pinned, so the scripts are fixed): their hashes allow exactly those two.
    // Monaco (the expression editor) starts its language workers from blob: URLs.
    private const string DesignerScripts =
        "script-src 'self' 'wasm-unsafe-eval' 'sha256-vu6sQrKXQHR4Yn3FMMihA/9TxxfIXnCxKwvLrTPJ5ts=' " +
        "'sha256-snlP1jz0gjwc5cTz9ErZcliXuCK63+Mmf68RRCeptgc='; worker-src 'self' blob:";

    private const string Shared =
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Adds the headers before anything else writes an answer.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
        headers.ContentSecurityPolicy = PolicyFor(context.Request.Path, DesignerApiOrigin(context));
        return next(context);
    });

    /// <summary>The Content-Security-Policy for a request path; <paramref name="apiOrigin"/> is the host's origin when it is not this site's.</summary>
    public static string PolicyFor(PathString path, string? apiOrigin)
    {
        if (path.StartsWithSegments(ApiReferencePath, StringComparison.OrdinalIgnoreCase))
        {
            return "frame-ancestors 'none'";
        }

        var connect = apiOrigin is null ? "'self'" : $"'self' {apiOrigin}";
        return path.StartsWithSegments(DesignerEndpoints.RequestPath, StringComparison.OrdinalIgnoreCase)
            ? $"{Shared}; {DesignerScripts}; connect-src {connect}"
            : $"{Shared}; script-src 'self'; connect-src 'self'";
    }

    private static string? DesignerApiOrigin(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments(DesignerEndpoints.RequestPath, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var api = context.RequestServices.GetRequiredService<HostAddress>().ForBrowser(context.Request);
        var origin = api.GetLeftPart(UriPartial.Authority);
        var own = $"{context.Request.Scheme}://{context.Request.Host}";
        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase) ? null : origin;
    }
}
