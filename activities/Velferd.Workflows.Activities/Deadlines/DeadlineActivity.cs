using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Activities.BuiltIn;
using Velferd.Workflows.Core.Deadlines;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Time;

namespace Velferd.Workflows.Activities.Deadlines;

/// <summary>
/// Starts a deadline (frist) and waits for it: met when the named event arrives first (port «Overholdt»),
/// overdue when the due instant passes first (port «Overskredet»). Reminder and escalation raise the events
/// «{navn}:påminnelse» and «{navn}:eskalering» for the case without moving this activity.
/// </summary>
/// <remarks>
/// The due instant is Oslo calendar arithmetic (DOMAIN.md R-01..R-05); with «Gjelder hele dagen» the deadline is
/// a date, met any time that day and overdue from 00:00 the next. The row is written with the burst, so it
/// exists exactly when the wait does; the bookmark's removal without firing cancels it.
/// </remarks>
[Activity(
    "Velferd.Deadline",
    Category = "Frister",
    DisplayName = "Frist",
    Description = "Starter en lovpålagt eller lokal frist med påminnelse og eskalering, og venter til den overholdes eller overskrides.",
    Kind = ActivityKind.Task,
    Outcomes = [MetOutcome, OverdueOutcome])]
public sealed class DeadlineActivity(IBusinessCalendar calendar) : Activity<DeadlineInput, DeadlineOutput>
{
    /// <summary>The port taken when the deadline is met.</summary>
    public const string MetOutcome = "Overholdt";

    /// <summary>The port taken when the deadline is overdue.</summary>
    public const string OverdueOutcome = "Overskredet";

    /// <summary>The bookmark name when no event meets the deadline (only the due step resumes it).</summary>
    public const string BookmarkName = "Velferd.Deadline";

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ExecuteAsync(DeadlineInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var kind = input.Kind?.Trim().ToLowerInvariant() switch
        {
            null or "" or "lokal" or "local" => DeadlineKind.Local,
            "lovpålagt" or "statutory" => DeadlineKind.Statutory,
            _ => (DeadlineKind?)null,
        };
        if (kind is null)
        {
            return ValueTask.FromResult(ActivityResult.Fault("Input 'Kind': velg «Lovpålagt» eller «Lokal» / choose Lovpålagt or Lokal."));
        }

        var id = string.IsNullOrWhiteSpace(input.PresetId) ? Ids.New(context.Now) : input.PresetId.Trim();
        var spec = new DeadlineSpec
        {
            Id = id,
            Name = input.DeadlineName,
            Kind = kind.Value,
            SourceRule = input.SourceRule,
            Anchor = input.Anchor ?? context.Now,
            Duration = input.Duration,
            WholeDay = input.WholeDay,
            MaxExtension = input.MaxExtension,
            ReminderBefore = input.ReminderBefore,
            ReminderTargets = input.ReminderTo,
            EscalationAfter = input.EscalationAfter,
            EscalationTargets = input.EscalationTo,
            Team = input.Team,
            BookmarkName = string.IsNullOrWhiteSpace(input.MetOnEvent) ? BookmarkName : Event.BookmarkName,
            BookmarkKey = string.IsNullOrWhiteSpace(input.MetOnEvent) ? id : input.MetOnEvent.Trim(),
        };
        var built = DeadlineFactory.Build(calendar, spec, context);
        if (built.Error is { } error)
        {
            return ValueTask.FromResult(ActivityResult.Fault(error));
        }

        context.AddEffect(new DeadlineEffect(built.Deadline!));
        context.Message = $"Frist {built.Deadline!.Name}: {built.Deadline.DueLocal}";
        return ValueTask.FromResult(ActivityResult.Suspend(
            new BookmarkRequest(spec.BookmarkName, spec.BookmarkKey, DeadlinePayload.ForBookmark(id))));
    }

    /// <inheritdoc />
    protected override ValueTask<ActivityResult> ResumeAsync(DeadlineInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var deadlineId = DeadlinePayload.DeadlineIdOf(context.Bookmark?.Payload) ?? "";
        var fired = DeadlinePayload.IsFiring(context.ResumePayload, deadlineId);
        var status = fired ? DeadlineStatus.Overdue : DeadlineStatus.Met;
        context.AddEffect(new DeadlineResolvedEffect(deadlineId, status));
        var output = new DeadlineOutput { DeadlineId = deadlineId, Overdue = fired, Payload = fired ? null : context.ResumePayload?.DeepClone() };
        return Outcome(fired ? OverdueOutcome : MetOutcome, output);
    }
}

/// <summary>Input of <see cref="DeadlineActivity"/>.</summary>
public sealed record DeadlineInput
{
    /// <summary>The deadline's short name.</summary>
    [Input(DisplayName = "Navn", Description = "Fristens navn, f.eks. «vurderingsfrist». Påminnelse og eskalering sendes som hendelsene «navn:påminnelse» og «navn:eskalering».", Order = 0)]
    public string? DeadlineName { get; init; }

    /// <summary>Statutory or local.</summary>
    [Input(DisplayName = "Type", Description = "Lovpålagt frist (hjemmel i lov) eller lokal frist (kommunens egen rutine).", UIHint = UIHints.Dropdown, Options = ["Lovpålagt", "Lokal"], DefaultValue = "Lokal", Order = 1)]
    public string? Kind { get; init; }

    /// <summary>Legal reference or local rule.</summary>
    [Input(DisplayName = "Hjemmel", Description = "Lovhjemmel eller lokal regel, f.eks. «barnevernsloven § 2-1».", Order = 2)]
    public string? SourceRule { get; init; }

    /// <summary>How long.</summary>
    [Input(DisplayName = "Varighet", Description = "ISO 8601 (P7D, P3M, PT24H) eller tekst: «7 dager», «3 måneder», «10 virkedager».", Order = 3)]
    public string? Duration { get; init; }

    /// <summary>What the deadline runs from; now when empty.</summary>
    [Input(DisplayName = "Fra tidspunkt", Description = "Hendelsen fristen regnes fra (tom = nå).", UIHint = UIHints.DateTimePicker, Order = 4)]
    public DateTimeOffset? Anchor { get; init; }

    /// <summary>A date deadline: met any time on its last day .</summary>
    [Input(DisplayName = "Gjelder hele dagen", Description = "Fristen er en dato: overholdt hele dagen, overskredet fra kl. 00:00 dagen etter.", Order = 5)]
    public bool WholeDay { get; init; }

    /// <summary>The event that meets the deadline.</summary>
    [Input(DisplayName = "Overholdt ved hendelse", Description = "Hendelsen (for saken) som betyr at fristen er overholdt.", Order = 6)]
    public string? MetOnEvent { get; init; }

    /// <summary>How far from the anchor an extension may reach.</summary>
    [Input(DisplayName = "Maks utvidelse", Description = "Lengste utvidelse regnet fra start, f.eks. «6 måneder» (barnevernsloven § 2-2). Tom = kan ikke utvides utover dette.", Order = 7)]
    public string? MaxExtension { get; init; }

    /// <summary>Reminder lead.</summary>
    [Input(DisplayName = "Påminnelse før frist", Description = "F.eks. «2 dager» eller «14 dager».", Order = 8, Category = "Påminnelse og eskalering")]
    public string? ReminderBefore { get; init; }

    /// <summary>Who is reminded.</summary>
    [Input(DisplayName = "Påminnelse til", Description = "assignee, teamleader eller role:Rolle (kommaseparert).", Order = 9, Category = "Påminnelse og eskalering")]
    public string? ReminderTo { get; init; }

    /// <summary>Escalation delay after the due instant.</summary>
    [Input(DisplayName = "Eskaler etter frist", Description = "F.eks. «0 dager» (ved fristen) eller «1 dag».", Order = 10, Category = "Påminnelse og eskalering")]
    public string? EscalationAfter { get; init; }

    /// <summary>Who the escalation goes to.</summary>
    [Input(DisplayName = "Eskaler til", Description = "assignee, teamleader eller role:Rolle (kommaseparert).", Order = 11, Category = "Påminnelse og eskalering")]
    public string? EscalationTo { get; init; }

    /// <summary>The owning team.</summary>
    [Input(DisplayName = "Team", Description = "Teamet som eier fristen (for ledernes oversikt).", Order = 12)]
    public string? Team { get; init; }

    /// <summary>
    /// The id the deadline gets, when the service that starts it has already told the user (a melding's review answers
    /// with its investigation's deadline id); a new id when empty.
    /// </summary>
    [Input(DisplayName = "Frist-id", Description = "Id fristen skal få, når tjenesten som starter den allerede har oppgitt den (f.eks. undersøkelsens frist). Tom = ny id.", Order = 13)]
    public string? PresetId { get; init; }
}

/// <summary>Output of <see cref="DeadlineActivity"/>.</summary>
public sealed record DeadlineOutput
{
    /// <summary>The deadline.</summary>
    [Output(DisplayName = "Frist-id")]
    public string? DeadlineId { get; init; }

    /// <summary>True when it ended overdue.</summary>
    [Output(DisplayName = "Overskredet")]
    public bool Overdue { get; init; }

    /// <summary>What the meeting event carried.</summary>
    [Output(DisplayName = "Hendelsesdata")]
    public System.Text.Json.Nodes.JsonNode? Payload { get; init; }
}
