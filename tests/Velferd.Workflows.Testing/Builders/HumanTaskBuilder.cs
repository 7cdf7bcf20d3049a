using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Testing.Builders;

/// <summary>Builds tasks for store and rule tests: an open task of team <c>tit-sentrum</c> unless told otherwise.</summary>
public sealed class HumanTaskBuilder
{
    private static readonly DateTimeOffset DefaultNow = new(2024, 3, 1, 15, 0, 0, TimeSpan.Zero);
    private static int _sequence;

    private HumanTask _task;

    private HumanTaskBuilder(DateTimeOffset now)
    {
        var n = Interlocked.Increment(ref _sequence);
        _task = new HumanTask
        {
            Id = Ids.New(now.AddMilliseconds(n)),
            WorkflowInstanceId = Ids.New(now),
            ActivityId = "oppgave",
            DefinitionId = "forlop",
            CorrelationId = "sak-1",
            Title = "Vurder saken",
            Fields = [new FormField("begrunnelse", "Begrunnelse", FormFieldType.Multiline, Required: true)],
            Outcomes = ["Godkjent", "Avvist"],
            CandidateTeam = "tit-sentrum",
            Status = HumanTaskStatus.Open,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
    }

    /// <summary>An open task.</summary>
    public static HumanTaskBuilder Open(DateTimeOffset? now = null) => new(now ?? DefaultNow);

    /// <summary>Offered to another team.</summary>
    public HumanTaskBuilder ForTeam(string? team) => With(t => t with { CandidateTeam = team });

    /// <summary>Needs a role.</summary>
    public HumanTaskBuilder ForRole(string? role) => With(t => t with { CandidateRole = role });

    /// <summary>Claimed by (or assigned to) a user.</summary>
    public HumanTaskBuilder ClaimedBy(string user) => With(t => t with { Status = HumanTaskStatus.Claimed, AssignedTo = user });

    /// <summary>Due at an instant.</summary>
    public HumanTaskBuilder Due(DateTimeOffset? due) => With(t => t with { DueAt = due });

    /// <summary>With a priority.</summary>
    public HumanTaskBuilder WithPriority(TaskPriority priority) => With(t => t with { Priority = priority });

    /// <summary>Belongs to a case.</summary>
    public HumanTaskBuilder ForCase(string caseId) => With(t => t with { CorrelationId = caseId });

    /// <summary>With these form fields.</summary>
    public HumanTaskBuilder WithFields(params FormField[] fields) => With(t => t with { Fields = fields });

    /// <summary>Any other change.</summary>
    public HumanTaskBuilder With(Func<HumanTask, HumanTask> change)
    {
        _task = change(_task);
        return this;
    }

    /// <summary>The task.</summary>
    public HumanTask Build() => _task;
}
