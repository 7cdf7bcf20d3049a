using Microsoft.AspNetCore.Authentication.JwtBearer;
using Velferd.Workflows.Core.Time;

namespace Velferd.Workflows.Host.Clock;

/// <summary>Registers the host's clocks: the controllable one in Development, and the wall clock sign-in runs on.</summary>
public static class ClockHostExtensions
{
    /// <summary>
    /// Registers the wall clock (<see cref="WallClock.Key"/>) for token and cookie lifetimes and, when
    /// <c>Clock:Controllable</c> holds (default: Development), the <see cref="ControllableClock"/> as the host's
    /// <see cref="TimeProvider"/> with the mover behind <c>POST /api/dev/clock</c>. Call before any other registration
    /// that might read the clock at start.
    /// </summary>
    public static WebApplicationBuilder AddHostClock(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        if (ClockOptions.IsControllable(builder.Configuration, builder.Environment))
        {
            services.AddOptions<ClockOptions>().BindConfiguration(ClockOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
            services.AddSingleton(_ => new ControllableClock(TimeProvider.System));
            foreach (var plain in services.Where(d => d.ServiceType == typeof(TimeProvider) && !d.IsKeyedService).ToList())
            {
                services.Remove(plain);
            }

            // Registered before the projects' TryAdd of the system clock, so theirs is skipped; a test's AddSingleton
            // after this still replaces it (and the routes are then not mapped).
            services.AddSingleton<TimeProvider>(provider => provider.GetRequiredService<ControllableClock>());
            services.AddSingleton<TriggerRepointer>();
            services.AddSingleton<ClockMover>();
        }

        // Sign-in runs on the wall clock: a token or cookie lives its hours of real time whatever the host's time is,
        // so moving the clock a year neither expires a user's token nor makes a new one "not yet valid".
        services.AddKeyedSingleton(WallClock.Key, (provider, _) => ControllableClock.WallOf(provider.GetRequiredService<TimeProvider>()));
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .PostConfigure<IServiceProvider>((options, provider) =>
            {
                var wall = provider.GetRequiredKeyedService<TimeProvider>(WallClock.Key);
                options.TimeProvider = wall;
                options.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, parameters) =>
                    SignInLifetime.Admits(wall.GetUtcNow(), notBefore, expires, parameters.ClockSkew);
            });

        // The studio's sign-in cookie sets its own wall clock (StudioAuthentication).
        return builder;
    }
}
