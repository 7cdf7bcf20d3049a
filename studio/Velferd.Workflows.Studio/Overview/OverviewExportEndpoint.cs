using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.SignIn;

namespace Velferd.Workflows.Studio.Overview;

/// <summary><c>GET /oversikt/forfalte.csv</c>: the overview's overdue tasks as a CSV download (supervisors).</summary>
public static class OverviewExportEndpoint
{
    /// <summary>Maps the export.</summary>
    public static IEndpointRouteBuilder MapOverviewExport(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/oversikt/forfalte.csv", ExportAsync).RequireAuthorization(StudioAuthentication.Policy).ExcludeFromDescription();
        return routes;
    }

    private static async Task<IResult> ExportAsync(HttpContext context, OverviewSource source, HostClock clock, CancellationToken cancellationToken)
    {
        var user = StudioUser.From(context.User)!;
        if (!user.Supervises)
        {
            return TypedResults.Forbid();
        }

        var answer = await source.LoadAsync(user, cancellationToken);
        if (answer.Value is not { } model)
        {
            return TypedResults.Problem(answer.Problem!.Message, statusCode: StatusCodes.Status502BadGateway);
        }

        var name = $"forfalte-oppgaver-{await clock.NowAsync(user, cancellationToken):yyyy-MM-dd}.csv";
        return TypedResults.File(OverviewCsv.Bytes(OverviewCsv.Write(model.Overdue)), "text/csv; charset=utf-8", name);
    }
}
