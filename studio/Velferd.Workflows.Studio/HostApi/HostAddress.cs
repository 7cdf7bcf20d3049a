using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Studio.Hosting;

namespace Velferd.Workflows.Studio.HostApi;

/// <summary>
/// The host's address: the configured <see cref="StudioOptions.HostBaseUrl"/>, or, when the host serves the studio
/// itself, the address this server listens on (for the studio's calls) and the address the browser came to (for the
/// designer's calls from the browser).
/// </summary>
public sealed class HostAddress(IOptions<StudioOptions> options, IServer server)
{
    /// <summary>The base URL the studio's server-side calls go to.</summary>
    public Uri ForServer()
    {
        if (Configured is { } configured)
        {
            return configured;
        }

        var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost";
        return Loopback(listening);
    }

    /// <summary>The base URL the browser reaches the host at, for a page served on <paramref name="request"/>.</summary>
    public Uri ForBrowser(HttpRequest request) =>
        Configured ?? new Uri($"{request.Scheme}://{request.Host}{request.PathBase}/");

    /// <summary>True when the studio runs apart from the host (a configured host address), so it has a clock of its own.</summary>
    public bool IsApart => Configured is not null;

    private Uri? Configured =>
        string.IsNullOrWhiteSpace(options.Value.HostBaseUrl) ? null : new Uri(options.Value.HostBaseUrl.TrimEnd('/') + "/");

    /// <summary>A listening address as a URL to call: wildcard hosts (<c>+</c>, <c>*</c>, any-address) become loopback.</summary>
    public static Uri Loopback(string listening)
    {
        var address = listening.Replace("://+", "://localhost", StringComparison.Ordinal)
            .Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
            .Replace("://[::]", "://[::1]", StringComparison.Ordinal);
        return new Uri(address.TrimEnd('/') + "/");
    }
}
