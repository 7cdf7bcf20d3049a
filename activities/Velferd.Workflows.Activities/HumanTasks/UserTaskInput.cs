using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.HumanTasks;

namespace Velferd.Workflows.Activities.HumanTasks;

/// <summary>Input of <see cref="UserTask"/>, as the process owner sets it in the designer.</summary>
public sealed record UserTaskInput
{
    /// <summary>What to do; an expression may put case data in it (shown only to those who may see the case).</summary>
    [Input(DisplayName = "Tittel", Description = "Det saksbehandleren ser i innboksen.", Order = 1, IsRequired = true)]
    public string? Title { get; init; }

    /// <summary>Guidance for the caseworker.</summary>
    [Input(DisplayName = "Beskrivelse", Description = "Hva som skal gjøres, vist på oppgaven (uten personopplysninger i selve forløpet).", UIHint = UIHints.MultiLine, Order = 2)]
    public string? Description { get; init; }

    /// <summary>The form: <c>[{key, label, type, required, options, min, max, pattern}]</c>; see <see cref="FormDefinition"/>.</summary>
    [Input(
        DisplayName = "Skjemafelt",
        Description = "JSON-liste: [{\"key\":\"begrunnelse\",\"label\":\"Begrunnelse\",\"type\":\"multiline\",\"required\":true,\"max\":2000}]. Typer: text, multiline, number, date, choice (med options), yesno, person.",
        UIHint = UIHints.JsonEditor,
        Order = 3)]
    public JsonNode? Fields { get; init; }

    /// <summary>The buttons; each becomes an outcome port (none: one <c>Done</c> port).</summary>
    [Input(DisplayName = "Utfall", Description = "Knappene saksbehandleren velger mellom, f.eks. Godkjent og Avvist.", UIHint = UIHints.DynamicOutcomes, Order = 4)]
    public string[]? Outcomes { get; init; }

    /// <summary>A user to give the task to directly.</summary>
    [Input(DisplayName = "Tildelt bruker", Description = "Brukernavnet oppgaven gis direkte til. Fyll ut dette eller «Team».", Category = "Tildeling", Order = 5)]
    public string? Assignee { get; init; }

    /// <summary>The team whose members may claim the task.</summary>
    [Input(DisplayName = "Team", Description = "Teamet som kan ta oppgaven, f.eks. tit-sentrum.", Category = "Tildeling", Order = 6)]
    public string? CandidateTeam { get; init; }

    /// <summary>A role the claimant must have (Caseworker, Supervisor).</summary>
    [Input(DisplayName = "Rolle", Description = "Rollen som kreves for å ta oppgaven (Caseworker, Supervisor); tomt for alle i teamet.", Category = "Tildeling", Order = 7)]
    public string? CandidateRole { get; init; }

    /// <summary>How urgent.</summary>
    [Input(DisplayName = "Prioritet", Description = "Hvor mye oppgaven haster; innboksen viser de mest presserende først.", DefaultValue = "Normal", Order = 8)]
    public TaskPriority Priority { get; init; } = TaskPriority.Normal;

    /// <summary>When the task is due; see <see cref="TaskDue"/>.</summary>
    [Input(DisplayName = "Frist", Description = "ISO-8601-periode fra nå (P7D, PT4H), en dato (ÅÅÅÅ-MM-DD) eller et tidspunkt.", Category = "Frist", Order = 9)]
    public string? Due { get; init; }

    /// <summary>
    /// Period before the due instant to remind the holder: ISO 8601, or with a deadline kind also text («2 dager»).
    /// </summary>
    [Input(DisplayName = "Påminnelse før frist", Description = "F.eks. P2D eller «2 dager». Med fristtype sendes hendelsen «fristnavn:påminnelse» for saken.", Category = "Frist", Order = 10)]
    public string? ReminderOffset { get; init; }

    /// <summary>Period after the due instant to escalate to the supervisor (as <see cref="ReminderOffset"/>).</summary>
    [Input(DisplayName = "Eskalering etter frist", Description = "F.eks. P1D eller «0 dager» (ved fristen). Med fristtype sendes hendelsen «fristnavn:eskalering» for saken mens oppgaven er åpen.", Category = "Frist", Order = 11)]
    public string? EscalationOffset { get; init; }

    /// <summary>
    /// «Lokal» or «Lovpålagt» gives the task a deadline row (supervisor overview, reminder and escalation events,
    /// extension); «Ingen» (the default) only shows the due date in the inbox.
    /// </summary>
    [Input(DisplayName = "Fristtype", Description = "Lokal eller lovpålagt frist med påminnelse og eskalering. Ingen: bare forfallsdato i innboksen.", UIHint = UIHints.Dropdown, Options = ["Ingen", "Lokal", "Lovpålagt"], DefaultValue = "Ingen", Category = "Frist", Order = 12)]
    public string? DeadlineKind { get; init; }

    /// <summary>The deadline's name (defaults to the activity id); its events are «{name}:påminnelse», «{name}:eskalering», «{name}:frist».</summary>
    [Input(DisplayName = "Fristnavn", Description = "F.eks. «vurderingsfrist». Tomt: aktivitetens id.", Category = "Frist", Order = 13)]
    public string? DeadlineName { get; init; }

    /// <summary>Legal reference or local rule.</summary>
    [Input(DisplayName = "Hjemmel", Description = "Lovhjemmel eller lokal regel, f.eks. «barnevernsloven § 2-1».", Category = "Frist", Order = 14)]
    public string? SourceRule { get; init; }

    /// <summary>How far from the task's creation an approved extension may move the deadline; empty: a statutory deadline cannot be extended, a local one has no cap.</summary>
    [Input(DisplayName = "Maks utvidelse", Description = "Lengste utvidelse regnet fra oppgaven ble opprettet, f.eks. «6 måneder». Tom: en lovpålagt frist kan ikke utvides.", Category = "Frist", Order = 15)]
    public string? MaxExtension { get; init; }

    /// <summary>Who is reminded (default: the assignee).</summary>
    [Input(DisplayName = "Påminnelse til", Description = "assignee, teamleader eller role:Rolle (kommaseparert). Tomt: assignee.", Category = "Frist", Order = 16)]
    public string? ReminderTo { get; init; }

    /// <summary>Who the escalation goes to (default: the team leader).</summary>
    [Input(DisplayName = "Eskaler til", Description = "assignee, teamleader eller role:Rolle (kommaseparert). Tomt: teamleader.", Category = "Frist", Order = 17)]
    public string? EscalationTo { get; init; }

    /// <summary>
    /// When the deadline passes: true cancels the task and leaves on «Overskredet»; false (the default) keeps the task
    /// open and raises «{name}:frist» for the case.
    /// </summary>
    [Input(DisplayName = "Avbryt ved fristbrudd", Description = "Når fristen passeres: oppgaven avbrytes og flyten fortsetter fra utfallet «Overskredet». Ellers blir oppgaven stående og hendelsen «fristnavn:frist» sendes.", Category = "Frist", Order = 18)]
    public bool InterruptOnOverdue { get; init; }

    /// <summary>
    /// The instant a duration («14 dager», P10D) counts from; empty: when the task is created. Lets a step's deadline run
    /// from an earlier event, such as P1's decision «within 14 d of registration».
    /// </summary>
    [Input(DisplayName = "Frist regnes fra", Description = "Tidspunktet en varighet regnes fra, f.eks. getInput('registrert'). Tomt: når oppgaven opprettes.", Category = "Frist", Order = 19)]
    public DateTimeOffset? DueFrom { get; init; }
}
