using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Core;
using Velferd.Workflows.Host.Audit;
using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Host.Welfare;
using Velferd.Workflows.Welfare.Kpis;

namespace Velferd.Workflows.Host.Kpis;

/// <summary>
/// The KPIs of DOMAIN.md §7 for P3 and P6 (<c>GET /api/kpis?pathway=P3&amp;from=…&amp;to=…</c>), as JSON or CSV, counted
/// from the stored records for the caller's teams (a leader's own, or one of them with <c>team</c>; an administrator or
/// process owner any team, or all). Aggregates only: no case id or person leaves these routes.
/// </summary>
public static class KpiEndpoints
{
    /// <summary>Maps <c>/api/kpis</c>.</summary>
    public static IEndpointRouteBuilder MapKpiEndpoints(this IEndpointRouteBuilder routes)
    {
        var kpis = routes.MapGroup("/api/kpis").WithTags("Nøkkeltall").RequireAuthorization(Policies.ReadKpis);
        kpis.MapGet("/", GetAsync).WithSummary("KPIs of P3 (meldinger, investigations, feedback) or P6 (transition at 18) for a period of dates");
        kpis.MapGet("/export", ExportAsync).WithSummary("The same KPIs as CSV (semicolon-separated, UTF-8 with BOM)");
        return routes;
    }

    private static async Task<Results<Ok<KpiReport>, ValidationProblem>> GetAsync(
        ClaimsPrincipal user, IKpiReader reader, TimeProvider clock, string? pathway, string? from, string? to, string? team, CancellationToken cancellationToken)
    {
        var (report, errors) = await ReadAsync(user, reader, clock, pathway, from, to, team, cancellationToken);
        return report is null ? TypedResults.ValidationProblem(errors!.ToDictionary()) : TypedResults.Ok(report);
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(
        ClaimsPrincipal user, IKpiReader reader, TimeProvider clock, string? pathway, string? from, string? to, string? team, CancellationToken cancellationToken)
    {
        var (report, errors) = await ReadAsync(user, reader, clock, pathway, from, to, team, cancellationToken);
        if (report is null)
        {
            return TypedResults.ValidationProblem(errors!.ToDictionary());
        }

        var csv = new StringBuilder();
        AuditCsv.Line(csv, ["Forløp", "Fra", "Til", "Nøkkel", "Indikator", "Antall", "Av", "Andel"]);
        foreach (var indicator in report.Indicators)
        {
            AuditCsv.Line(csv, [
                report.Pathway, Date(report.From), Date(report.To), indicator.Key, indicator.Label, indicator.Count.ToString(CultureInfo.InvariantCulture),
                indicator.Of?.ToString(CultureInfo.InvariantCulture) ?? "", indicator.Share?.ToString("0.000", CultureInfo.InvariantCulture) ?? ""]);
        }

        return TypedResults.File(AuditCsv.Bytes(csv.ToString()), "text/csv; charset=utf-8", $"nokkeltall-{report.Pathway}-{Date(report.From)}-{Date(report.To)}.csv");
    }

    private static async Task<(KpiReport? Report, FieldErrors? Errors)> ReadAsync(
        ClaimsPrincipal user, IKpiReader reader, TimeProvider clock, string? pathway, string? from, string? to, string? team, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var wanted = pathway?.Trim().ToUpperInvariant();
        if (wanted is not ("P3" or "P6"))
        {
            errors.Add("pathway", "Velg P3 eller P6.");
        }

        var first = Required(from, "from", errors);
        var last = Required(to, "to", errors);
        if (first > last)
        {
            errors.Add("to", "Til-datoen kan ikke være før fra-datoen.");
        }

        var actor = CaseActor.From(user);
        var seesAll = actor.IsAdmin || user.IsInRole(Roles.ProcessOwner);
        if (!string.IsNullOrWhiteSpace(team) && !seesAll && !actor.Teams.Contains(team.Trim()))
        {
            errors.Add("team", "Du kan bare se nøkkeltall for dine egne team.");
        }

        if (!errors.IsEmpty)
        {
            return (null, errors);
        }

        IReadOnlyCollection<string>? teams = !string.IsNullOrWhiteSpace(team) ? [team.Trim()] : seesAll ? null : actor.Teams;
        var now = clock.GetUtcNow();
        var report = wanted == "P3"
            ? await reader.MeldingAsync(first!.Value, last!.Value, teams, now, cancellationToken)
            : await reader.TransitionAsync(first!.Value, last!.Value, teams, now, cancellationToken);
        return (report, null);
    }

    private static DateOnly? Required(string? text, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, "Dato mangler (ÅÅÅÅ-MM-DD).");
            return null;
        }

        return DateField.Read(text, field, errors);
    }

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
