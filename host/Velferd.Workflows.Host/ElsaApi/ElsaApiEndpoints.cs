namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>
/// The Elsa-compatible REST subset that the official Elsa Studio designer talks to (<c>shared/elsa-studio/API.md</c>),
/// backed by our own definitions, engine and stores. Every route needs a bearer token.
/// </summary>
public static class ElsaApiEndpoints
{
    /// <summary>The CORS policy for a Studio served from another origin (<c>Designer:AllowedOrigins</c>).</summary>
    public const string CorsPolicy = "ElsaStudio";

    /// <summary>Maps <c>/elsa/api</c>.</summary>
    public static RouteGroupBuilder MapElsaApiEndpoints(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(ElsaDefinitionView.BasePath)
            .WithTags("Elsa Studio")
            .RequireAuthorization()
            .RequireCors(CorsPolicy);
        api.MapElsaDefinitionEndpoints();
        api.MapElsaDescriptorEndpoints();
        api.MapElsaInstanceEndpoints();
        api.MapElsaInstanceActionEndpoints();
        api.MapElsaActivityTestEndpoints();
        return api;
    }
}
