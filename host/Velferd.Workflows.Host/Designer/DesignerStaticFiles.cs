using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Velferd.Workflows.Host.Designer;

/// <summary>
/// Serves the Elsa Studio package's files under <see cref="DesignerOptions.RequestPath"/>: WebAssembly, ICU data and
/// boot JSON with their MIME types, and the package's precompressed <c>.br</c>/<c>.gz</c> copies to browsers that
/// accept them (Content-Encoding set, the original MIME type kept).
/// </summary>
public static class DesignerStaticFiles
{
    private const string EncodedKey = "Velferd.Designer.ContentEncoding";

    /// <summary>The MIME types the package needs on top of ASP.NET Core's defaults.</summary>
    public static FileExtensionContentTypeProvider ContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".wasm"] = "application/wasm";
        provider.Mappings[".dat"] = "application/octet-stream";
        provider.Mappings[".json"] = "application/json";
        provider.Mappings[".js"] = "text/javascript";
        provider.Mappings[".br"] = "application/x-brotli";
        provider.Mappings[".gz"] = "application/gzip";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        return provider;
    }

    /// <summary>Adds the file middleware, if the package is installed (the designer pages say so when it is not).</summary>
    public static WebApplication UseDesignerStaticFiles(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DesignerOptions>>().Value;
        var root = Path.GetFullPath(Path.Combine(app.Environment.ContentRootPath, options.StudioPath));
        if (!Directory.Exists(root))
        {
            app.Logger.LogWarning("The Elsa Studio package is missing at {StudioPath}; build the host to install it with npm ci", root);
            return app;
        }

        var files = new PhysicalFileProvider(root);
        var types = ContentTypes();
        app.Use((context, next) => Negotiate(context, files, next));
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = DesignerOptions.RequestPath,
            ContentTypeProvider = types,
            OnPrepareResponse = file =>
            {
                if (file.Context.Items[EncodedKey] is string encoding)
                {
                    var original = file.File.Name[..file.File.Name.LastIndexOf('.')];
                    file.Context.Response.Headers.ContentEncoding = encoding;
                    file.Context.Response.ContentType = types.TryGetContentType(original, out var type) ? type : "application/octet-stream";
                }

                file.Context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
            },
        });
        return app;
    }

    private static Task Negotiate(HttpContext context, IFileProvider files, Func<Task> next)
    {
        var path = context.Request.Path;
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
            || !path.StartsWithSegments(DesignerOptions.RequestPath, out var relative) || !relative.HasValue)
        {
            return next();
        }

        // The package's own index.html names an element that is never registered and links Google Fonts.
        if (relative.Value!.Equals("/index.html", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        if (relative.Value.EndsWith(".br", StringComparison.Ordinal) || relative.Value.EndsWith(".gz", StringComparison.Ordinal))
        {
            return next();
        }

        var accepted = context.Request.Headers.AcceptEncoding.ToString();
        foreach (var (encoding, suffix) in new[] { ("br", ".br"), ("gzip", ".gz") })
        {
            if (accepted.Contains(encoding, StringComparison.OrdinalIgnoreCase) && files.GetFileInfo(relative.Value + suffix).Exists)
            {
                context.Request.Path = path + suffix;
                context.Items[EncodedKey] = encoding;
                break;
            }
        }

        return next();
    }
}
