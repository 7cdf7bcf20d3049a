using Scalar.AspNetCore;

namespace Velferd.Workflows.Host.ApiReference;

/// <summary>The OpenAPI document (<c>/openapi/v1.json</c>) and its reader, Scalar (<c>/scalar</c>).</summary>
public static class ApiReferenceExtensions
{
    /// <summary>Adds the OpenAPI document with the bearer security scheme.</summary>
    public static IServiceCollection AddApiReference(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer<BearerSecurityScheme>();
            options.AddOperationTransformer<BearerSecurityScheme>();
        });

    /// <summary>Maps the document and Scalar, both open to anyone (the operations themselves still need a token).</summary>
    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.MapOpenApi().AllowAnonymous();

        // A municipal intranet often has no internet: Scalar's script comes from this host, and nothing is fetched
        // elsewhere (no web fonts, no telemetry, no request proxy).
        app.MapScalarApiReference(options =>
        {
            options.DefaultFonts = false;
            options.Telemetry = false;
            options.ProxyUrl = null;
            options.AddPreferredSecuritySchemes(BearerSecurityScheme.Name);
        }).AllowAnonymous();
        return app;
    }
}
