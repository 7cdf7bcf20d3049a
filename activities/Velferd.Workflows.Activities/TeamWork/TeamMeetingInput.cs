using Velferd.Workflows.Core.Activities;

namespace Velferd.Workflows.Activities.TeamWork;

/// <summary>Input of <see cref="TeamMeetingHeld"/>.</summary>
public sealed record TeamMeetingInput
{
    /// <summary>The case; empty means the instance's correlation id, which is the case id.</summary>
    [Input(DisplayName = "Saks-id", Description = "Saken møtet gjelder. Tomt = instansens korrelasjons-id, som er saks-id-en.", Order = 0)]
    public string? CaseId { get; init; }

    /// <summary>How long the team has to hold the meeting (a local deadline); empty: no deadline.</summary>
    [Input(
        DisplayName = "Frist for møtet",
        Description = "Lokal frist fra nå til møtet er holdt, f.eks. «3 uker», «P21D» eller «10 virkedager». Tomt = ingen frist. Prosesseier kan endre den uten kode.",
        Category = "Frist",
        Order = 1)]
    public string? Deadline { get; init; }

    /// <summary>The deadline's short name.</summary>
    [Input(DisplayName = "Fristnavn", Description = "Navnet fristen vises med, f.eks. «møtefrist». Tomt = «møtefrist».", Category = "Frist", Order = 2)]
    public string? DeadlineName { get; init; }

    /// <summary>The local rule the deadline comes from.</summary>
    [Input(DisplayName = "Hjemmel", Description = "Den lokale regelen fristen bygger på, f.eks. «P2: møte innen 3 uker etter samtykke».", Category = "Frist", Order = 3)]
    public string? SourceRule { get; init; }

    /// <summary>The team that owns the deadline.</summary>
    [Input(DisplayName = "Team", Description = "Teamet som eier fristen (for ledernes oversikt), f.eks. tit-sentrum.", Category = "Frist", Order = 4)]
    public string? Team { get; init; }
}
