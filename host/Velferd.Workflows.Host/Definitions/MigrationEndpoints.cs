using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Core.InstanceMigration;
using Velferd.Workflows.Host.Auth;

namespace Velferd.Workflows.Host.Definitions;

/// <summary>
/// Moving running instances to another version of their definition: a dry run that stores nothing, and the migration
/// itself (one transaction and one audit row per instance). For process owners and administrators.
/// </summary>
public static class MigrationEndpoints
{
    /// <summary>Maps <c>/api/definitions/{definitionId}/migrations</c>.</summary>
    public static IEndpointRouteBuilder MapMigrationEndpoints(this IEndpointRouteBuilder routes)
    {
        var migrations = routes.MapGroup("/api/definitions/{definitionId}/migrations")
            .WithTags("Forløpsdefinisjoner")
            .RequireAuthorization(Policies.EditDefinitions);
        migrations.MapPost("/dry-run", DryRunAsync)
            .WithSummary("List per running instance what moving it to another version would do, storing nothing");
        migrations.MapPost("/", MigrateAsync)
            .WithSummary("Move running instances to another version; each in its own transaction, the rest left as they were");
        return routes;
    }

    private static async Task<Results<Ok<MigrationReportView>, ValidationProblem>> DryRunAsync(
        string definitionId, MigrationBody body, CaseDataAccess access, InstanceMigrationService migrations, CancellationToken cancellationToken)
    {
        var (versions, request, errors) = await PrepareAsync(definitionId, body, migrations, cancellationToken);
        if (versions is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var report = await migrations.DryRunAsync(versions, request!.InstanceIds, access.MaySee, cancellationToken);
        return TypedResults.Ok(MigrationReportView.From(report));
    }

    private static async Task<Results<Ok<MigrationReportView>, ValidationProblem>> MigrateAsync(
        string definitionId, MigrationBody body, CaseDataAccess access, InstanceMigrationService migrations, CancellationToken cancellationToken)
    {
        var (versions, request, errors) = await PrepareAsync(definitionId, body, migrations, cancellationToken);
        if (versions is null)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var report = await migrations.MigrateAsync(versions, request!.InstanceIds, access.MaySee, AuditedRequest.Current, cancellationToken);
        return TypedResults.Ok(MigrationReportView.From(report));
    }

    private static async Task<(MigrationVersions? Versions, MigrationRequest? Request, FieldErrors Errors)> PrepareAsync(
        string definitionId, MigrationBody body, InstanceMigrationService migrations, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (body.FromVersion is null)
        {
            errors.Add("fromVersion", "Oppgi versjonen instansene kjører.");
        }

        if (body.ToVersion is null)
        {
            errors.Add("toVersion", "Oppgi versjonen instansene skal flyttes til.");
        }

        if (!errors.IsEmpty)
        {
            return (null, null, errors);
        }

        var request = new MigrationRequest(
            definitionId, body.FromVersion!.Value, body.ToVersion!.Value, body.ActivityMap ?? [], body.InstanceIds);
        var (versions, prepared) = await migrations.PrepareAsync(request, cancellationToken);
        return (versions, request, prepared);
    }
}
