using System.Collections.Concurrent;
using System.Security.Claims;
using Velferd.Workflows.Core.HumanTasks;

namespace Velferd.Workflows.Host.Auth;

/// <summary>
/// Remembers each user the identity provider's tokens bring (production sign-in), so tasks can be given to him: the
/// host has no other list of the municipality's staff. A user is written when he is first seen, when his token says
/// something new about him (roles, teams, services, name), and at most once an hour otherwise; not on every request.
/// </summary>
public sealed partial class KnownUsers(IServiceScopeFactory scopes, TimeProvider clock, ILogger<KnownUsers> logger)
{
    private static readonly TimeSpan Refresh = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, (string Description, DateTimeOffset WrittenAt)> _written = new(StringComparer.Ordinal);

    /// <summary>Remembers the user of a principal in the host's claim shape (<see cref="IdentityProviderClaims"/>).</summary>
    public async Task RememberAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var user = new KnownUser(
            principal.FindFirstValue(IdentityProviderClaims.User) ?? "",
            principal.FindFirstValue(IdentityProviderClaims.Name) ?? "",
            Values(principal, IdentityProviderClaims.Role),
            Values(principal, IdentityProviderClaims.Team),
            Values(principal, IdentityProviderClaims.Service),
            now);
        var description = string.Join('|', user.Name, string.Join(',', user.Roles), string.Join(',', user.Teams), string.Join(',', user.Services));
        if (_written.TryGetValue(user.UserId, out var last) && last.Description == description && now - last.WrittenAt < Refresh)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IKnownUserStore>().RememberAsync(user, cancellationToken);
            _written[user.UserId] = (description, now);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The request itself goes on; the next one tries again. Who the user is stays out of the log.
            LogRememberFailed(e.GetType().Name);
        }
    }

    private static string[] Values(ClaimsPrincipal principal, string type) =>
        [.. principal.FindAll(type).Select(c => c.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    [LoggerMessage(Level = LogLevel.Warning, Message = "A signed-in user could not be remembered for the task directory ({Error}); the next request tries again")]
    private partial void LogRememberFailed(string error);
}
