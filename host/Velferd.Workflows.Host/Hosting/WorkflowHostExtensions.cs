using Velferd.Workflows.Core.Retention;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Serilog;
using Serilog.Formatting.Display;
using Velferd.Workflows.Activities;
using Velferd.Workflows.Activities.AgeMilestones;
using Velferd.Workflows.Activities.Folkeregister;
using Velferd.Workflows.Core;
using Velferd.Workflows.Host.Access;
using Velferd.Workflows.Host.Activities;
using Velferd.Workflows.Host.ApiReference;
using Velferd.Workflows.Host.Audit;
using Velferd.Workflows.Host.Auth;
using Velferd.Workflows.Host.Clock;
using Velferd.Workflows.Host.Deadlines;
using Velferd.Workflows.Host.Definitions;
using Velferd.Workflows.Host.ElsaApi;
using Velferd.Workflows.Host.Enquiries;
using Velferd.Workflows.Host.HttpWorkflows;
using Velferd.Workflows.Host.HumanTasks;
using Velferd.Workflows.Host.Instances;
using Velferd.Workflows.Host.Letters;
using Velferd.Workflows.Host.Logging;
using Velferd.Workflows.Host.Operations;
using Velferd.Workflows.Host.RemoteServices;
using Velferd.Workflows.Host.Kpis;
using Velferd.Workflows.Host.Reports;
using Velferd.Workflows.Host.IndividualPlans;
using Velferd.Workflows.Host.Transitions;
using Velferd.Workflows.Host.Signals;
using Velferd.Workflows.Host.TeamWork;
using Velferd.Workflows.Host.Welfare;
using Velferd.Workflows.Host.YouthTeamTopics;
using Velferd.Workflows.Persistence;
using Velferd.Workflows.Scheduling;
using Velferd.Workflows.Studio;
using Velferd.Workflows.Studio.Hosting;
using Velferd.Workflows.Welfare;
using Velferd.Workflows.Welfare.Batons;
using Velferd.Workflows.Welfare.Consents;

namespace Velferd.Workflows.Host.Hosting;

/// <summary>The composition root: every project's registration, and the HTTP pipeline.</summary>
public static class WorkflowHostExtensions
{
    /// <summary>Registers logging, the database, the engine, authentication and the API.</summary>
    public static WebApplicationBuilder AddWorkflowHost(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .Enrich.With<IdentityNumberMaskingEnricher>()
            .WriteTo.Console(new MaskingTextFormatter(new MessageTemplateTextFormatter("[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}"))),
            // Each host gets its own logger instead of freezing the static bootstrap one: hosts built side by side (the
            // integration tests) raced on that single freeze ("The logger is already frozen").
            preserveStaticLogger: true);

        builder.AddHostClock();

        // Migrate and seed before the dispatcher starts: hosted services start in registration order.
        builder.Services.AddHostedService<DatabaseInitializer>();
        builder.Services.AddScoped<PathwaySeeder>();
        var database = builder.Services.AddConfiguredPersistence(builder.Configuration);
        builder.Configuration["Workflows:Database"] = database;
        builder.Services.AddWorkflowCore();
        builder.Services.AddWorkflowScheduling(jobStore: DatabaseSelection.SchedulerJobStore(builder.Configuration));
        builder.Services.AddWelfare();
        builder.Services.AddWelfareActivities();
        builder.Services.AddScoped<IFolkeregisterEventHandler, Welfare.RegistryLifeEventClosures>();

        // Housekeeping tasks live where their ports are (the scan needs Folkeregisteret, in Activities); only the host
        // sees both them and the scheduler, so it hands each to Quartz here.
        builder.Services.AddHousekeepingJob<AgeMilestoneScan>();
        builder.Services.AddHousekeepingJob<HandoverReminderScan>();
        builder.Services.AddHousekeepingJob<ConsentExpiryScan>();
        builder.Services.AddHousekeepingJob<RetentionSweep>();
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.AddRemoteServices();

        builder.Services.AddWorkflowAuth();

        builder.Services.AddUserAccess();
        builder.Services.AddScoped<CaseAccessGate>();
        builder.Services.AddScoped<ElsaDefinitionView>();
        builder.Services.AddScoped<HttpWorkflowRoutes>();
        builder.Services.AddScoped<HttpWorkflowResponses>();
        builder.Services.AddCors(options => options.AddPolicy(ElsaApiEndpoints.CorsPolicy, policy => policy
            .WithOrigins(builder.Configuration.GetSection("Designer:AllowedOrigins").Get<string[]>() ?? [])
            .WithHeaders("Authorization", "Content-Type", "X-Tenant-Id")
            .WithMethods("GET", "POST", "PUT", "DELETE")
            .WithExposedHeaders("x-elsa-workflow-instance-id", "x-elsa-workflow-cannot-start", "Content-Disposition")));

        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddProblemDetails();
        builder.Services.AddRequestSizeLimit();
        builder.Services.AddExceptionHandler<UnexpectedErrorHandler>();
        builder.Services.AddApiReference();

        // The studio and the designer, served by this host; they call its API over HTTP like any client. They sign in at
        // the API's identity provider and read its claims the same way, unless Studio:OpenIdConnect names its own.
        StudioSignInSettings.FollowTheApi(builder.Configuration);
        builder.AddWorkflowStudio();
        builder.AddWorkflowTelemetry();
        builder.Services.AddHealthChecks().AddDbContextCheck<WorkflowsDbContext>("database", tags: ["ready"]);

        // Registered last, so it starts after every other hosted service; it still waits for Quartz (see there).
        builder.Services.AddHostedService<ReadyAnnouncement>();
        return builder;
    }

    /// <summary>Builds the pipeline and maps every endpoint group.</summary>
    public static WebApplication UseWorkflowHost(this WebApplication app)
    {
        // Outside the exception handler, so the request line has the status the client got: a request refused with a
        // 400 (unreadable JSON) was logged as "responded 500" with the exception when this ran inside it.
        app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        app.UseExceptionHandler();

        app.UseSecurityHeaders();
        app.UseRequestSizeLimit();
        app.UseIdentityNumberMasking();
        app.UseStatusCodePages();
        app.UseCors();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseCaseDataAudit();
        app.UseCaseScopeLookup();
        app.UseAntiforgery();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapWorkflowMetrics();
        app.MapApiReference();

        app.MapAuthEndpoints();
        app.MapDefinitionEndpoints();
        app.MapMigrationEndpoints();
        app.MapInstanceCountEndpoints();
        app.MapInstanceEndpoints();
        app.MapSignalEndpoints();
        app.MapHttpWorkflowEndpoints();
        app.MapDeadlineEndpoints();
        app.MapHumanTaskEndpoints();
        app.MapActivityDescriptorEndpoints();
        app.MapElsaApiEndpoints();
        app.MapRemoteServices();
        app.MapDevClockEndpoints();
        app.MapWorkflowStudio();
        app.MapUserEndpoints(app.Environment);
        app.MapCaseEndpoints();
        app.MapEnquiryEndpoints();
        app.MapConsentEndpoints();
        app.MapPolicyEndpoints();
        app.MapMeetingEndpoints();
        app.MapLetterEndpoints();
        app.MapAnonymousDiscussionEndpoints();
        app.MapYouthTeamTopicEndpoints();
        app.MapHandoverEndpoints();
        app.MapCaseLogEndpoints();
        app.MapNotificationEndpoints();
        app.MapReportEndpoints();
        app.MapTransitionEndpoints();
        app.MapIndividualPlanEndpoints();
        app.MapKpiEndpoints();
        app.MapAuditEndpoints();
        app.MapBreakGlassEndpoints();

        return app;
    }
}
