using Velferd.Workflows.Core.Activities;

namespace Velferd.Workflows.Activities.Cases;

/// <summary>Input of <see cref="SetCaseLevel"/>.</summary>
public sealed record SetCaseLevelInput
{
    /// <summary>The case; empty means the instance's correlation id, which is the case id.</summary>
    [Input(DisplayName = "Saks-id", Description = "Saken som får nytt nivå. Tomt = instansens korrelasjons-id, som er saks-id-en.", Order = 0)]
    public string? CaseId { get; init; }

    /// <summary>The new BTI level 0–3; required.</summary>
    [Input(DisplayName = "Nivå", Description = "BTI-nivå 0–3: 1 = én tjeneste og familien, 2–3 = tidlig innsatsteam.", IsRequired = true, UIHint = UIHints.Dropdown, Options = ["0", "1", "2", "3"], Order = 1)]
    public int? Level { get; init; }

    /// <summary>The pathway's outcome («Utfall»), e.g. <c>VIDERE_NIVÅ1</c>; empty leaves it unset.</summary>
    [Input(DisplayName = "Utfall", Description = "Forløpets utfall, f.eks. VIDERE_NIVÅ1 eller VIDERE_P2. Saken forblir åpen.", UIHint = UIHints.Dropdown, Options = ["", "VIDERE_NIVÅ1", "VIDERE_P2"], Order = 2)]
    public string? Outcome { get; init; }

    /// <summary>Why; shown on the case's timeline.</summary>
    [Input(DisplayName = "Begrunnelse", Description = "Hvorfor nivået endres; vises i sakens tidslinje.", UIHint = UIHints.MultiLine, Order = 3)]
    public string? Reason { get; init; }

    /// <summary>True (the default): the whole pathway ends here, cancelling its other branches.</summary>
    [Input(DisplayName = "Avslutt forløpet", Description = "Ja (standard): forløpet avsluttes her med utfallet; saken fortsetter på det nye nivået. Nei: flyten fortsetter fra «Done».", DefaultValue = true, Order = 4)]
    public bool EndPathway { get; init; } = true;
}
