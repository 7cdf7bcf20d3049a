using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace Velferd.Workflows.Studio.Designer;

/// <summary>
/// Serves the Elsa Studio package's files under <c>/designer</c>: WebAssembly, ICU data and boot JSON with their MIME
/// types, and the package's precompressed <c>.br</c>/<c>.gz</c> copies to browsers that accept them (Content-Encoding
/// set, the original MIME type kept). An endpoint rather than middleware, so it needs no place in the pipeline.
/// </summary>
public static class DesignerFiles
{
    private static readonly FileExtensionContentTypeProvider Types = ContentTypes();

    /// <summary>Maps <c>GET /designer/{**path}</c> (the designer's named pages take precedence).</summary>
    public static IEndpointRouteBuilder MapDesignerFiles(this IEndpointRouteBuilder routes)
    {
        routes.MapMethods($"{DesignerEndpoints.RequestPath}/{{**path}}", [HttpMethods.Get, HttpMethods.Head], Serve)
            .AllowAnonymous().ExcludeFromDescription();
        return routes;
    }

    /// <summary>The MIME types the package needs on top of ASP.NET Core's defaults.</summary>
    public static FileExtensionContentTypeProvider ContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".wasm"] = "application/wasm";
        provider.Mappings[".dat"] = "application/octet-stream";
        provider.Mappings[".json"] = "application/json";
        provider.Mappings[".js"] = "text/javascript";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        return provider;
    }

    private static IResult Serve(string path, HttpContext context, ElsaStudioPackage package)
    {
        // The package's own index.html names an element that is never registered and links Google Fonts.
        if (!package.IsInstalled || path.Equals("index.html", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.NotFound();
        }

        var file = package.Files.GetFileInfo(path);
        string? encoding = null;
        var accepted = context.Request.Headers.AcceptEncoding.ToString();
        foreach (var (name, suffix) in new[] { ("br", ".br"), ("gzip", ".gz") })
        {
            if (accepted.Contains(name, StringComparison.OrdinalIgnoreCase) && package.Files.GetFileInfo(path + suffix) is { Exists: true } encoded)
            {
                (file, encoding) = (encoded, name);
                break;
            }
        }

        if (!file.Exists || file.IsDirectory || file.PhysicalPath is null)
        {
            return TypedResults.NotFound();
        }

        context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
        if (encoding is not null)
        {
            context.Response.Headers.ContentEncoding = encoding;
        }

        var contentType = Types.TryGetContentType(path, out var type) ? type : "application/octet-stream";
        var tag = new EntityTagHeaderValue($"\"{file.LastModified.UtcTicks:x}-{file.Length:x}\"");
        return TypedResults.PhysicalFile(file.PhysicalPath, contentType, lastModified: file.LastModified, entityTag: tag);
    }
}
