using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Deadlines;

namespace Velferd.Workflows.Activities.Deadlines;

/// <summary>
/// Records whether the pathway kept its deadlines (DOMAIN.md §6: every end code is reported «with
/// <c>frister_overholdt</c> true/false»): sets the pathway output «FristerOverholdt» to true when none of the instance's
/// deadlines, statutory or local, passed before it was met, and false once one did.
/// </summary>
/// <remarks>
/// A deadline that passed first stays <see cref="DeadlineStatus.Overdue"/> when it is met late, so the answer never
/// turns back to true. Placed where each branch of a pathway ends, it runs again as each one ends, and the last run,
/// when no deadline is left running, is the answer the finished instance keeps; a deadline met in the same burst is
/// still open in the store, which reads as kept, as it is. Timers are not deadlines and do not count. Reads only.
/// </remarks>
[Activity(
    "Velferd.Frister.Overholdt",
    Category = "Frister",
    DisplayName = "Frister overholdt?",
    Description = "Setter forløpets utdata «FristerOverholdt» til ja når ingen av forløpets frister er overskredet, ellers nei. Legg den der grenene slutter.",
    Kind = ActivityKind.Action)]
public sealed class DeadlinesKept(IDeadlineStore deadlines) : Activity<NoInput, DeadlinesKeptOutput>
{
    /// <summary>The pathway output that carries the answer (the seeded P3 declares it).</summary>
    public const string Output = "FristerOverholdt";

    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> ExecuteAsync(NoInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var passed = await deadlines.ListAsync(
            new DeadlineQuery { WorkflowInstanceId = context.WorkflowInstanceId, Statuses = [DeadlineStatus.Overdue], Kinds = [DeadlineKind.Statutory, DeadlineKind.Local], Take = 1 },
            cancellationToken);
        var kept = passed.TotalCount == 0;
        context.SetWorkflowOutput(Output, JsonValue.Create(kept));
        context.Message = kept ? "Fristene er overholdt" : $"Frister overskredet: {passed.TotalCount}";
        return ActivityResult.Done(new DeadlinesKeptOutput { Kept = kept });
    }
}
