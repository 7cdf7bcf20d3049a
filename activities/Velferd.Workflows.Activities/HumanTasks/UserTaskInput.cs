using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.HumanTasks;

namespace Velferd.Workflows.Activities.HumanTasks;

/// <summary>Input of <see cref="UserTask"/>, as the process owner sets it in the designer.</summary>
public sealed record UserTaskInput
{
    /// <summary>What to do; an expression may put case data in it (shown only to those who may see the case).</summary>
    [Input(DisplayName = "Tittel", Description = "Det saksbehandleren ser i innboksen.", Order = 1)]
    public string? Title { get; init; }

    /// <summary>Guidance for the caseworker.</summary>
    [Input(DisplayName = "Beskrivelse", UIHint = UIHints.MultiLine, Order = 2)]
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
    [Input(DisplayName = "Tildelt bruker", Category = "Tildeling", Order = 5)]
    public string? Assignee { get; init; }

    /// <summary>The team whose members may claim the task.</summary>
    [Input(DisplayName = "Team", Description = "Teamet som kan ta oppgaven, f.eks. tit-sentrum.", Category = "Tildeling", Order = 6)]
    public string? CandidateTeam { get; init; }

    /// <summary>A role the claimant must have (Caseworker, Supervisor).</summary>
    [Input(DisplayName = "Rolle", Description = "Rollen som kreves for å ta oppgaven (Caseworker, Supervisor); tomt for alle i teamet.", Category = "Tildeling", Order = 7)]
    public string? CandidateRole { get; init; }

    /// <summary>How urgent.</summary>
    [Input(DisplayName = "Prioritet", DefaultValue = "Normal", Order = 8)]
    public TaskPriority Priority { get; init; } = TaskPriority.Normal;

    /// <summary>When the task is due; see <see cref="TaskDue"/>.</summary>
    [Input(DisplayName = "Frist", Description = "ISO-8601-periode fra nå (P7D, PT4H), en dato (ÅÅÅÅ-MM-DD) eller et tidspunkt.", Category = "Frist", Order = 9)]
    public string? Due { get; init; }

    /// <summary>ISO-8601 period before the due instant to remind the holder.</summary>
    [Input(DisplayName = "Påminnelse før frist", Description = "ISO-8601-periode, f.eks. P2D.", Category = "Frist", Order = 10)]
    public string? ReminderOffset { get; init; }

    /// <summary>ISO-8601 period after the due instant to escalate to the supervisor.</summary>
    [Input(DisplayName = "Eskalering etter frist", Description = "ISO-8601-periode, f.eks. P1D.", Category = "Frist", Order = 11)]
    public string? EscalationOffset { get; init; }
}
