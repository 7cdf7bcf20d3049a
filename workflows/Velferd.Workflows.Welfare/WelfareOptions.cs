using System.ComponentModel.DataAnnotations;

namespace Velferd.Workflows.Welfare;

/// <summary>Settings of the welfare domain.</summary>
public sealed class WelfareOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Welfare";

    /// <summary>The kommunenummer cases and policy belong to by default (<c>3201</c> Bærum).</summary>
    [Required]
    [RegularExpression("^[0-9]{4}$")]
    public string Municipality { get; set; } = "3201";

    /// <summary>The barnevern team that receives meldinger and owns their cases and deadlines (DOMAIN.md P3).</summary>
    [Required]
    [StringLength(100, MinimumLength = 1)]
    public string ChildWelfareTeam { get; set; } = "bv-vest";

    /// <summary>The pathway definition a registered melding starts (the seeded P3; a process owner may edit it).</summary>
    [Required]
    [StringLength(100, MinimumLength = 1)]
    public string ReportPathway { get; set; } = "p3-melding-til-barnevernet";

    /// <summary>The pathway definition a registered henvendelse starts (the seeded P1 «Én dør inn»).</summary>
    [Required]
    [StringLength(100, MinimumLength = 1)]
    public string EnquiryPathway { get; set; } = "p1-en-dor-inn";

    /// <summary>The seeded transition pathway P6 that a barnevern measure starts .</summary>
    [Required]
    [StringLength(100, MinimumLength = 1)]
    public string TransitionPathway { get; set; } = "p6-overgang-ved-18";

    /// <summary>The seeded pathway P5 that a request for an individual plan and koordinator starts .</summary>
    [Required]
    [StringLength(100, MinimumLength = 1)]
    public string IndividualPlanPathway { get; set; } = "p5-individuell-plan";

    /// <summary>The seeded pathway an Ungdomsteam topic starts (P2's variant: review task on the review date, ends <c>LUKKET</c>).</summary>
    [Required]
    [StringLength(100, MinimumLength = 1)]
    public string YouthTeamTopicPathway { get; set; } = "ungdomsteam-tema";

    /// <summary>How long break-glass access lasts, in hours of the host's clock.</summary>
    [Range(1, 168)]
    public int BreakGlassHours { get; set; } = 24;

    /// <summary>The pathway whose task tells the case's leader about a break-glass at once (the seeded review).</summary>
    [Required]
    [StringLength(100, MinimumLength = 1)]
    public string BreakGlassReviewPathway { get; set; } = "nodtilgang-gjennomgang";

    /// <summary>
    /// True (the default, Development too): a new case's persons are looked up in Folkeregisteret through the outbox
    /// (birth date, protection, holders of parental responsibility). In Development the simulator answers for its own
    /// test persons only, so any other typed-in number gets «ikke funnet i Folkeregisteret» and a manual check.
    /// </summary>
    public bool LookUpNewCasePersons { get; set; } = true;

    /// <summary>The system pathway that does the lookup (seeded; a process owner may route its manual check).</summary>
    [Required]
    [StringLength(100, MinimumLength = 1)]
    public string RegistryLookupPathway { get; set; } = "sys-folkeregisteroppslag";

    /// <summary>
    /// The system pathway started per open case when Folkeregisteret reports a change of parental responsibility for its
    /// child (R-60 → R-29): asks for the holders again, re-checks the consents and gives the team's caseworkers a task.
    /// </summary>
    [Required]
    [StringLength(100, MinimumLength = 1)]
    public string ParentalResponsibilityPathway { get; set; } = "sys-foreldreansvar";

    /// <summary>The system pathway that sends one letter: KRR and Folkeregisteret just before sending, then digital post or print, or a task .</summary>
    [Required]
    [StringLength(100, MinimumLength = 1)]
    public string LetterPathway { get; set; } = "sys-brev";

    /// <summary>The system pathway that queues one journalpost for Fiks Arkiv: the closed stafettlogg.</summary>
    [Required]
    [StringLength(100, MinimumLength = 1)]
    public string ArchivePathway { get; set; } = "sys-journalforing";
}
