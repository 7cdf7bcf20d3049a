using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.SignIn;

namespace Velferd.Workflows.Studio.Processes;

/// <summary>
/// <c>GET /prosesser/{definitionId}/eksport</c>: a pathway's latest version as the host exports it, downloaded through
/// the studio because the browser holds the sign-in cookie, not the host's bearer token.
/// </summary>
public static class ProcessExportEndpoint
{
    /// <summary>Maps the export.</summary>
    public static IEndpointRouteBuilder MapProcessExport(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/prosesser/{definitionId}/eksport", ExportAsync).RequireAuthorization(StudioAuthentication.Policy).ExcludeFromDescription();
        return routes;
    }

    private static async Task<IResult> ExportAsync(string definitionId, HttpContext context, HostApiClient api, CancellationToken cancellationToken)
    {
        var user = StudioUser.From(context.User)!;
        var answer = await api.GetFileAsync(user, $"api/definitions/{Uri.EscapeDataString(definitionId)}/export", cancellationToken);
        if (answer.Value is not { } file)
        {
            var status = answer.Problem!.Status is >= 400 and < 500 ? answer.Problem.Status : StatusCodes.Status502BadGateway;
            return TypedResults.Problem(answer.Problem.Message, statusCode: status);
        }

        return TypedResults.File(file.Content, file.ContentType, file.FileName ?? $"{definitionId}.json");
    }
}
