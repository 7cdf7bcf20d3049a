using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;
using Velferd.Workflows.Studio.Components;
using Velferd.Workflows.Studio.Designer;
using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.Hosting;
using Velferd.Workflows.Studio.Overview;
using Velferd.Workflows.Studio.Processes;
using Velferd.Workflows.Studio.SignIn;

namespace Velferd.Workflows.Studio;

/// <summary>The studio's registration and endpoints, used by the host (in-process) and by <see cref="StudioProgram"/>.</summary>
public static class StudioServiceCollectionExtensions
{
    /// <summary>Adds the studio: Blazor with interactive server rendering, MudBlazor, the sign-in cookie, the host's API client.</summary>
    public static WebApplicationBuilder AddWorkflowStudio(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<StudioOptions>().BindConfiguration(StudioOptions.SectionName);
        var options = builder.Configuration.GetSection(StudioOptions.SectionName).Get<StudioOptions>() ?? new StudioOptions();

        // In Development MapStaticAssets adds a catch-all "{**path:file}" GET route for files added after the build;
        // routing matches its shape before its constraint, so every unknown POST under the host answered 405, not 404.
        builder.Configuration.AddInMemoryCollection([new("DisableStaticAssetNotFoundRuntimeFallback", "true")]);

        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        // Snackbars appear and go at once: a fading message is half transparent, which fails the contrast check while it
        // fades (in or out) and is hard to read for anyone.
        builder.Services.AddMudServices(mud =>
        {
            mud.SnackbarConfiguration.ShowTransitionDuration = 0;
            mud.SnackbarConfiguration.HideTransitionDuration = 0;
        });
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddAntiforgery();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<HostAddress>();
        builder.Services.AddSingleton<ElsaStudioPackage>();
        builder.Services.AddScoped<HostClock>();
        builder.Services.AddScoped<OverviewSource>();
        builder.Services.AddScoped<ProcessSource>();
        builder.Services.AddHttpClient<HostApiClient>((services, http) => http.BaseAddress = services.GetRequiredService<HostAddress>().ForServer());
        builder.Services.AddStudioAuthentication(options.OpenIdConnect, options.SessionLifetime, builder.Environment.IsDevelopment());
        builder.Services.AddAuthorization();
        return builder;
    }

    /// <summary>
    /// Maps the studio's pages, the sign-in, the designer pages and the files they need. Every page needs the studio's
    /// sign-in cookie; the files and the sign-in page are open.
    /// </summary>
    public static WebApplication MapWorkflowStudio(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        app.MapSignInEndpoints();
        app.MapDesignerEndpoints();
        app.MapOverviewExport();
        app.MapProcessExport();
        app.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode()
            .RequireAuthorization(StudioAuthentication.Policy);
        return app;
    }
}
