using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Host.Operations;

namespace Velferd.Workflows.Host.Access;

/// <summary>
/// The endpoint × role matrix: the access rule of every route the host maps, by its methods and pattern
/// (<c>"GET /api/instances/{instanceId}"</c>; <c>*</c> for a route of any method). One table rather than metadata on
/// each endpoint, because the studio's and the simulator's routes are mapped by projects that do not see the host's
/// types, and because the table reads as the matrix. <c>RouteRulesTests</c> enumerates the endpoint data source: a
/// route without a rule here, a rule for no route, or a rule that disagrees with the route's authorization metadata
/// fails the build's tests, and each demo user's answers are checked against the rules.
/// </summary>
public static class RouteRules
{
    private static readonly RouteRule EditDefinitions = RouteRule.For(Roles.ProcessOwner, Roles.Admin);
    private static readonly RouteRule RunInstances = RouteRule.For(Roles.ProcessOwner, Roles.Caseworker, Roles.Supervisor, Roles.Admin);
    private static readonly RouteRule CancelInstances = RouteRule.For(Roles.ProcessOwner, Roles.Supervisor, Roles.Admin);
    private static readonly RouteRule SuperviseDeadlines = RouteRule.For(Roles.Supervisor, Roles.Admin);
    // Process owners too: the tasks of their test runs are theirs to work (TestRuns).
    private static readonly RouteRule WorkTasks = RouteRule.For(Roles.Caseworker, Roles.Supervisor, Roles.ProcessOwner, Roles.Admin).WithCaseData("oppgavebehandling");
    private static readonly RouteRule WorkCases = RouteRule.For(Roles.Caseworker, Roles.Coordinator, Roles.Supervisor, Roles.Admin).WithCaseData();
    // The studio's intake pages: the roles that may send what they register (WorkCases), with no case data of their own.
    private static readonly RouteRule RegisterCases = RouteRule.For(Roles.Caseworker, Roles.Coordinator, Roles.Supervisor, Roles.Admin);
    private static readonly RouteRule MigrateInstances = EditDefinitions.WithCaseData("migrering av forløpsinstanser");
    private static readonly RouteRule InstanceData = RouteRule.SignedIn.WithCaseData("oppfølging av forløp");
    private static readonly RouteRule ReadAudit = RouteRule.For(Roles.Supervisor, Roles.Admin).WithCaseData("kontroll av innsyn");

    // Files from the studio's static web assets (fingerprinted names, so listed by folder): open, like any page's files.
    private static readonly string[] OpenFileFolders = ["_content/", "_framework/", "studio/"];

    private static readonly Dictionary<string, RouteRule> Rules = new(StringComparer.Ordinal)
    {
        // Health, the API description, sign-in.
        ["* /health/live"] = RouteRule.Anyone,
        ["* /health/ready"] = RouteRule.Anyone,
        ["* /metrics"] = RouteRule.For(Roles.Admin, ScrapeKeyHandler.Role),
        ["GET /openapi/{documentName}.json"] = RouteRule.Anyone,
        ["GET /scalar/scalar.js"] = RouteRule.Anyone,
        ["GET /scalar/scalar.aspnetcore.js"] = RouteRule.Anyone,
        ["GET /scalar/favicon.svg"] = RouteRule.Anyone,
        ["GET /scalar/{documentName?}"] = RouteRule.Anyone,
        ["POST /api/auth/token"] = RouteRule.Anyone,
        ["GET /api/auth/demo-users"] = RouteRule.Anyone,
        ["GET /api/users"] = RouteRule.Anyone.InDevelopment(),

        // The studio and the designer (cookie sign-in; pages redirect to the sign-in form, files are open).
        ["GET /logg-inn"] = RouteRule.Anyone,
        ["POST /logg-inn"] = RouteRule.Anyone,
        ["GET /designer/"] = RouteRule.Anyone,
        ["GET /designer/login"] = RouteRule.Anyone,
        ["POST /designer/login"] = RouteRule.Anyone,
        ["POST /logg-ut"] = RouteRule.SignedIn,
        ["POST /designer/logout"] = RouteRule.SignedIn,
        ["GET|HEAD /designer/{**path}"] = RouteRule.Anyone,
        ["GET /designer/appsettings.{environment}.json"] = RouteRule.Anyone,
        ["GET /designer/workflows/instances/{instanceId}/view"] = RouteRule.Anyone,
        ["GET /designer/definitions"] = RouteRule.SignedIn,
        ["GET /designer/definitions/{definitionId}"] = RouteRule.SignedIn,
        ["GET /designer/instances"] = RouteRule.SignedIn,
        ["GET /designer/instances/{instanceId}"] = RouteRule.SignedIn,
        ["GET /designer/token"] = RouteRule.SignedIn,
        ["GET /oversikt/forfalte.csv"] = RouteRule.SignedIn,
        ["GET /_framework/opaque-redirect"] = RouteRule.SignedIn,
        ["GET|POST /"] = RouteRule.SignedIn,
        ["GET|POST /innboks"] = RouteRule.SignedIn,
        ["GET|POST /oppgaver/{TaskId}"] = RouteRule.SignedIn,
        ["GET|POST /saker/{CaseId}"] = RouteRule.SignedIn,
        ["GET|POST /saker/ny"] = RegisterCases,
        ["GET|POST /meldinger/ny"] = RegisterCases,
        ["GET|POST /saker"] = RouteRule.SignedIn,
        ["GET|POST /ungdomsteam"] = RouteRule.SignedIn,
        ["GET|POST /oversikt"] = RouteRule.For(Roles.Supervisor, Roles.Admin),
        ["GET|POST /prosesser"] = EditDefinitions,
        ["GET|POST /prosesser/{DefinitionId}"] = EditDefinitions,
        ["GET /prosesser/{definitionId}/eksport"] = RouteRule.SignedIn,
        ["* /_blazor/negotiate"] = RouteRule.SignedIn,
        ["* /_blazor"] = RouteRule.SignedIn,
        ["* /_blazor/disconnect/"] = RouteRule.SignedIn,
        ["* /_blazor/initializers/"] = RouteRule.SignedIn,

        // Definitions.
        ["GET /api/definitions/"] = RouteRule.SignedIn,
        ["GET /api/definitions/{definitionId}"] = RouteRule.SignedIn,
        ["GET /api/definitions/{definitionId}/versions"] = RouteRule.SignedIn,
        ["GET /api/definitions/{definitionId}/export"] = RouteRule.SignedIn,
        ["POST /api/definitions/validate"] = RouteRule.SignedIn,
        ["POST /api/definitions/"] = EditDefinitions,
        ["PUT /api/definitions/{definitionId}"] = EditDefinitions,
        ["POST /api/definitions/import"] = EditDefinitions,
        ["POST /api/definitions/{definitionId}/publish"] = EditDefinitions,
        ["POST /api/definitions/{definitionId}/retract"] = EditDefinitions,
        ["DELETE /api/definitions/{definitionId}"] = EditDefinitions,
        ["POST /api/definitions/{definitionId}/migrations/dry-run"] = MigrateInstances,
        ["POST /api/definitions/{definitionId}/migrations/"] = MigrateInstances,
        ["GET /api/definitions/{definitionId}/instance-counts"] = EditDefinitions,
        ["GET /api/activity-descriptors/"] = RouteRule.SignedIn,

        // Instances, signals, deadlines, tasks: the access decision by team.
        ["POST /api/instances/"] = RunInstances,
        ["GET /api/instances/"] = InstanceData,
        ["GET /api/instances/{instanceId}"] = InstanceData,
        ["POST /api/instances/{instanceId}/cancel"] = CancelInstances.WithCaseData(),
        ["POST /api/signals/{eventName}"] = RunInstances.WithCaseData(),
        ["GET /api/deadlines/"] = InstanceData,
        ["GET /api/deadlines/overview"] = SuperviseDeadlines,
        ["GET /api/deadlines/{deadlineId}"] = InstanceData,
        ["POST /api/deadlines/{deadlineId}/extension"] = RunInstances.WithCaseData(),
        ["POST /api/deadlines/{deadlineId}/extension/approve"] = SuperviseDeadlines.WithCaseData(),
        ["GET /api/tasks/mine"] = WorkTasks,
        ["GET /api/tasks/unclaimed"] = WorkTasks,
        ["GET /api/tasks/team/{team}"] = WorkTasks,
        ["GET /api/tasks/overdue"] = WorkTasks,
        ["GET /api/tasks/counts"] = WorkTasks,
        ["GET /api/tasks/{taskId}"] = WorkTasks,
        ["POST /api/tasks/{taskId}/claim"] = WorkTasks,
        ["POST /api/tasks/{taskId}/release"] = WorkTasks,
        ["POST /api/tasks/{taskId}/reassign"] = WorkTasks,
        ["POST /api/tasks/{taskId}/complete"] = WorkTasks,

        // Elsa's HTTP workflows: each endpoint activity decides (signed in unless its process owner opted out, and its
        // policy); the answer is what the pathway writes, as its process owner designed it.
        ["GET|POST|PUT|PATCH|DELETE|HEAD /workflows/{**path}"] = RouteRule.Anyone,

        // The Elsa-compatible API the designer calls.
        ["GET /elsa/api/workflow-definitions"] = RouteRule.SignedIn,
        ["GET /elsa/api/workflow-definitions/by-definition-id/{definitionId}"] = RouteRule.SignedIn,
        ["GET /elsa/api/workflow-definitions/by-id/{id}"] = RouteRule.SignedIn,
        ["GET /elsa/api/workflow-definitions/validation/is-name-unique"] = RouteRule.SignedIn,
        ["GET /elsa/api/workflow-definitions/{definitionId}/export"] = RouteRule.SignedIn,
        ["POST /elsa/api/workflow-definitions"] = EditDefinitions,
        ["POST /elsa/api/workflow-definitions/import"] = EditDefinitions,
        ["POST /elsa/api/workflow-definitions/{definitionId}/publish"] = EditDefinitions,
        ["POST /elsa/api/workflow-definitions/{definitionId}/retract"] = EditDefinitions,
        ["POST /elsa/api/workflow-definitions/{definitionId}/revert/{version:int}"] = EditDefinitions,
        ["POST /elsa/api/workflow-definitions/{definitionId}/execute"] = EditDefinitions,
        ["DELETE /elsa/api/workflow-definitions/{definitionId}"] = EditDefinitions,
        ["DELETE /elsa/api/workflow-definition-versions/{id}"] = EditDefinitions,
        ["POST /elsa/api/bulk-actions/delete/workflow-definitions/by-id"] = EditDefinitions,
        ["POST /elsa/api/bulk-actions/delete/workflow-definitions/by-definition-id"] = EditDefinitions,
        ["POST /elsa/api/bulk-actions/publish/workflow-definitions/by-definition-ids"] = EditDefinitions,
        ["POST /elsa/api/bulk-actions/retract/workflow-definitions/by-definition-ids"] = EditDefinitions,
        ["POST /elsa/api/tests/activities"] = EditDefinitions,
        ["GET /elsa/api/descriptors/activities"] = RouteRule.SignedIn,
        ["GET /elsa/api/descriptors/expression-descriptors"] = RouteRule.SignedIn,
        ["GET /elsa/api/descriptors/workflow-activation-strategies"] = RouteRule.SignedIn,
        ["GET /elsa/api/descriptors/incident-strategies"] = RouteRule.SignedIn,
        ["GET /elsa/api/descriptors/log-persistence-strategies"] = RouteRule.SignedIn,
        ["GET /elsa/api/descriptors/commit-strategies/workflows"] = RouteRule.SignedIn,
        ["GET /elsa/api/descriptors/commit-strategies/activities"] = RouteRule.SignedIn,
        ["GET /elsa/api/descriptors/variables"] = RouteRule.SignedIn,
        ["GET /elsa/api/descriptors/storage-drivers"] = RouteRule.SignedIn,
        ["GET /elsa/api/descriptors/output-converters"] = RouteRule.SignedIn,
        ["GET /elsa/api/features/installed"] = RouteRule.SignedIn,
        ["POST /elsa/api/scripting/javascript/type-definitions/{definitionId}"] = RouteRule.SignedIn,
        ["POST /elsa/api/workflow-instances"] = InstanceData,
        ["GET /elsa/api/workflow-instances/{id}"] = InstanceData,
        ["GET /elsa/api/workflow-instances/{id}/execution-state"] = InstanceData,
        ["GET /elsa/api/workflow-instances/{id}/variables"] = InstanceData,
        ["POST /elsa/api/workflow-instances/{id}/journal"] = InstanceData,
        ["GET /elsa/api/activity-executions/list"] = InstanceData,
        ["GET /elsa/api/activity-execution-summaries/list"] = InstanceData,
        ["POST /elsa/api/activity-executions/report"] = InstanceData,
        ["GET /elsa/api/activity-executions/by-id"] = InstanceData,
        ["GET /elsa/api/activity-executions/{id}/call-stack"] = InstanceData,
        ["POST /elsa/api/cancel/workflow-instances/{id}"] = CancelInstances.WithCaseData(),
        ["POST /elsa/api/bulk-actions/cancel/workflow-instances"] = CancelInstances.WithCaseData(),
        ["GET /elsa/api/workflow-instances/{id}/export"] = CancelInstances.WithCaseData(),
        ["POST /elsa/api/bulk-actions/export/workflow-instances"] = CancelInstances.WithCaseData(),

        // Instances are never deleted (they are case history): these answer a refusal to every signed-in user.
        ["DELETE /elsa/api/workflow-instances/{id}"] = RouteRule.SignedIn,
        ["POST /elsa/api/bulk-actions/delete/workflow-instances/by-id"] = RouteRule.SignedIn,

        // Operations.
        ["GET /api/outbox/incidents/"] = RouteRule.For(Roles.Admin),
        ["POST /api/outbox/incidents/{id}/retry"] = RouteRule.For(Roles.Admin),
        ["POST /api/outbox/incidents/{id}/resolve"] = RouteRule.For(Roles.Admin),
        ["GET /api/dev/clock/"] = RouteRule.SignedIn.InDevelopment(),
        ["POST /api/dev/clock/"] = RouteRule.For(Roles.ProcessOwner, Roles.Admin).InDevelopment(),

        // Welfare cases, consents, team work: the case's members and consents decide.
        ["POST /api/cases/"] = WorkCases,
        ["GET /api/cases/"] = WorkCases,
        ["POST /api/enquiries/"] = WorkCases,
        ["GET /api/cases/{caseId}"] = WorkCases,
        ["GET /api/cases/{caseId}/timeline"] = WorkCases,
        ["POST /api/cases/{caseId}/members"] = WorkCases,
        ["POST /api/cases/{caseId}/close"] = WorkCases,
        ["POST /api/cases/{caseId}/break-glass"] = WorkCases.WithCaseData("nødtilgang"),
        ["GET /api/break-glass"] = RouteRule.For(Roles.Supervisor, Roles.Admin),
        ["POST /api/break-glass/{grantId}/end"] = WorkCases.WithCaseData("avslutning av nødtilgang"),
        ["POST /api/cases/{caseId}/consents"] = WorkCases,
        ["GET /api/cases/{caseId}/consents"] = WorkCases,
        ["GET /api/cases/{caseId}/consent"] = WorkCases,
        ["POST /api/consents/{consentId}/withdraw"] = WorkCases,
        ["POST /api/cases/{caseId}/meetings/"] = WorkCases,
        ["GET /api/cases/{caseId}/meetings/"] = WorkCases,
        ["GET /api/meetings/{meetingId}"] = WorkCases,
        ["POST /api/meetings/{meetingId}/record"] = WorkCases,
        ["POST /api/meetings/{meetingId}/cancel"] = WorkCases,
        ["GET /api/cases/{caseId}/letters/"] = WorkCases,
        ["POST /api/cases/{caseId}/letters/"] = WorkCases,
        ["POST /api/anonymous-discussions/"] = WorkCases,
        ["GET /api/anonymous-discussions/{discussionId}"] = WorkCases,
        // Ungdomsteam topics: no case data, but the team's own; audited like the team's other work.
        ["POST /api/youth-team-topics/"] = WorkCases,
        ["GET /api/youth-team-topics/"] = WorkCases,
        ["GET /api/youth-team-topics/{topicId}"] = WorkCases,
        ["POST /api/youth-team-topics/{topicId}/actions"] = WorkCases,
        ["POST /api/youth-team-topics/{topicId}/actions/{actionId}/status"] = WorkCases,
        ["POST /api/youth-team-topics/{topicId}/review"] = WorkCases,
        ["POST /api/youth-team-topics/{topicId}/close"] = WorkCases,
        ["POST /api/cases/{caseId}/handovers/"] = WorkCases,
        ["GET /api/cases/{caseId}/handovers/"] = WorkCases,
        ["POST /api/handovers/{handoverId}/accept"] = WorkCases,
        ["POST /api/handovers/{handoverId}/decline"] = WorkCases,
        ["GET /api/cases/{caseId}/stafettlogg/"] = WorkCases,
        ["POST /api/cases/{caseId}/stafettlogg/"] = WorkCases,
        ["POST /api/reports/"] = WorkCases,
        ["GET /api/reports/{reportId}"] = WorkCases,
        ["POST /api/reports/{reportId}/review"] = WorkCases,
        ["GET /api/investigations/{investigationId}"] = WorkCases,
        ["POST /api/investigations/{investigationId}/conclusion"] = WorkCases,
        ["POST /api/investigations/{investigationId}/deviation-notes"] = WorkCases,
        ["POST /api/cases/{caseId}/measures"] = WorkCases,
        ["GET /api/cases/{caseId}/measures"] = WorkCases,
        ["GET /api/cases/{caseId}/transition"] = WorkCases,
        ["POST /api/cases/{caseId}/ettervern/plan"] = WorkCases,
        ["POST /api/cases/{caseId}/ettervern/decline"] = WorkCases,
        ["POST /api/cases/{caseId}/ettervern/termination-decision"] = WorkCases,
        ["POST /api/measures/{measureId}/end"] = WorkCases,
        ["GET /api/transitions/red-list"] = WorkCases,
        ["POST /api/cases/{caseId}/individual-plan/request"] = WorkCases,
        ["POST /api/cases/{caseId}/individual-plan/right"] = WorkCases,
        ["POST /api/cases/{caseId}/individual-plan"] = WorkCases,
        ["GET /api/cases/{caseId}/individual-plan"] = WorkCases,
        ["POST /api/cases/{caseId}/coordinators"] = WorkCases,
        ["GET /api/cases/{caseId}/coordinators"] = WorkCases,
        ["POST /api/coordinators/{coordinatorId}/accept"] = WorkCases,
        ["POST /api/coordinators/{coordinatorId}/leave"] = WorkCases,
        ["GET /api/kpis/"] = RouteRule.For(Roles.Supervisor, Roles.ProcessOwner, Roles.Admin),
        ["GET /api/kpis/export"] = RouteRule.For(Roles.Supervisor, Roles.ProcessOwner, Roles.Admin),
        ["GET /api/policy/"] = RouteRule.SignedIn,
        ["GET /api/policy/versions"] = RouteRule.SignedIn,
        ["PUT /api/policy/"] = RouteRule.For(Roles.ProcessOwner, Roles.Admin),
        ["GET /api/notifications/"] = RouteRule.SignedIn,

        // The audit log: leaders (of a case they may see) and administrators; reading it is audited too.
        ["GET /api/audit/"] = ReadAudit,
        ["GET /api/audit/export"] = ReadAudit,
    };

    /// <summary>The simulator's routes (Development, with <c>Simulator:Enabled</c>): process owners and admins.</summary>
    private static readonly RouteRule Simulator = RouteRule.For(Roles.ProcessOwner, Roles.Admin).InDevelopment();

    /// <summary>Every declared route key, for the test that finds rules no route uses.</summary>
    public static IEnumerable<string> DeclaredRoutes => Rules.Keys;

    /// <summary>The rule for a mapped endpoint, or null when it is not a route or none is declared.</summary>
    public static RouteRule? Find(Endpoint? endpoint) => endpoint is RouteEndpoint route ? Find(MethodsOf(route), route.RoutePattern.RawText ?? "") : null;

    /// <summary>A route's key as the table writes it: methods and pattern (<c>GET /api/cases/{caseId}</c>).</summary>
    public static string KeyOf(RouteEndpoint route) => $"{MethodsOf(route)} {route.RoutePattern.RawText}";

    /// <summary>A route's HTTP methods joined by <c>|</c>, or <c>*</c> for any.</summary>
    public static string MethodsOf(RouteEndpoint route) =>
        route.Metadata.GetMetadata<HttpMethodMetadata>() is { } methods ? string.Join("|", methods.HttpMethods) : "*";

    /// <summary>The rule for a route, or null when none is declared.</summary>
    /// <param name="methods">The route's HTTP methods joined by <c>|</c>, or <c>*</c>.</param>
    /// <param name="pattern">The route pattern as mapped.</param>
    public static RouteRule? Find(string methods, string pattern)
    {
        if (Rules.TryGetValue($"{methods} {pattern}", out var rule))
        {
            return rule;
        }

        if (pattern.StartsWith("/simulator/", StringComparison.Ordinal))
        {
            return Simulator;
        }

        return methods == "GET|HEAD" && OpenFileFolders.Any(folder => pattern.StartsWith(folder, StringComparison.Ordinal)) ? RouteRule.Anyone : null;
    }
}
