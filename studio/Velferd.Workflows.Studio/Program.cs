using Microsoft.Extensions.Options;
using Velferd.Workflows.Studio.Hosting;

namespace Velferd.Workflows.Studio;

/// <summary>
/// The studio on its own, calling a host elsewhere: set <c>Studio:HostBaseUrl</c> (and the host's
/// <c>Designer:AllowedOrigins</c> to this studio's origin, for the designer's calls from the browser).
/// </summary>
public static class StudioProgram
{
    /// <summary>Runs the studio.</summary>
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddWorkflowStudio();

        var app = builder.Build();
        if (string.IsNullOrWhiteSpace(app.Services.GetRequiredService<IOptions<StudioOptions>>().Value.HostBaseUrl))
        {
            throw new InvalidOperationException("Set Studio:HostBaseUrl (environment variable Studio__HostBaseUrl) to the host's address.");
        }

        app.UseSecurityHeaders();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapWorkflowStudio();
        await app.RunAsync();
    }
}
