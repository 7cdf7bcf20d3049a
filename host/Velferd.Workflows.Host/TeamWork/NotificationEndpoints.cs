using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Welfare.Notifications;

namespace Velferd.Workflows.Host.TeamWork;

/// <summary>
/// The signed-in user's reminders, alerts and notices; a coordinator also gets their teams' coordinator alerts, and a
/// leader their teams' leader notices (break-glass opened or ended early).
/// </summary>
public static class NotificationEndpoints
{
    /// <summary>Maps <c>GET /api/notifications</c>.</summary>
    public static RouteGroupBuilder MapNotificationEndpoints(this IEndpointRouteBuilder routes)
    {
        var notifications = routes.MapGroup("/api/notifications").WithTags("Varsler").RequireAuthorization();
        notifications.MapGet("/", ListAsync).WithSummary("The caller's reminders, alerts and notices, newest first");
        return notifications;
    }

    private static async Task<Ok<List<Notification>>> ListAsync(ClaimsPrincipal user, INotificationStore store, CancellationToken cancellationToken)
    {
        var userName = user.FindFirstValue("sub") ?? "";
        IReadOnlyCollection<string> teams = [.. user.FindAll("team").Select(c => c.Value)];
        return TypedResults.Ok((await store.ForUserAsync(
            userName, user.IsInRole(Roles.Coordinator) ? teams : [], user.IsInRole(Roles.Supervisor) ? teams : [], cancellationToken)).ToList());
    }
}
