namespace Velferd.Workflows.Welfare.Timeline;

/// <summary>The kinds of <see cref="CaseEvent"/>.</summary>
public static class CaseEventKinds
{
    /// <summary>Someone opened the case through break-glass .</summary>
    public const string BreakGlassOpened = "nodtilgang-apnet";

    /// <summary>A break-glass access was ended before its time .</summary>
    public const string BreakGlassEnded = "nodtilgang-avsluttet";

    /// <summary>The case was registered.</summary>
    public const string Created = "sak-opprettet";

    /// <summary>Someone was added to the case's team.</summary>
    public const string MemberAdded = "medlem-lagt-til";

    /// <summary>A consent was recorded.</summary>
    public const string ConsentRecorded = "samtykke-registrert";

    /// <summary>A consent was withdrawn in full .</summary>
    public const string ConsentWithdrawn = "samtykke-trukket";

    /// <summary>A consent was narrowed: part of its scope withdrawn.</summary>
    public const string ConsentNarrowed = "samtykke-innskrenket";

    /// <summary>A consent's renewal was asked for, <c>ConsentRenewalDays</c> before its last day .</summary>
    public const string ConsentRenewalDue = "samtykke-fornyes";

    /// <summary>A consent's last day passed: nothing is covered by it any more and team work resting on it pauses .</summary>
    public const string ConsentExpired = "samtykke-utlopt";

    /// <summary>The child reached 12, 16 or 18: who must consent changed, so the consents are re-checked .</summary>
    public const string ConsentRecheck = "samtykke-revurderes";

    /// <summary>
    /// Folkeregisteret reported a change of parental responsibility for the child: the holders are asked for
    /// again and the consents re-checked.
    /// </summary>
    public const string ParentalResponsibilityChanged = "foreldreansvar-endret";

    /// <summary>
    /// Folkeregisteret reported that the child moved out of the municipality or died: the case closed with
    /// <c>FLYTTET</c> or <c>DØDSFALL</c>, or, for ettervern after a move, stays with the municipality.
    /// </summary>
    public const string RegistryLifeEvent = "folkeregister-livshendelse";

    /// <summary>Folkeregisteret answered for a person on the case.</summary>
    public const string RegistryUpdated = "folkeregister-oppdatert";

    /// <summary>Folkeregisteret does not know a number: kept, manual check needed .</summary>
    public const string RegistryNotFound = "ikke-funnet-i-folkeregisteret";

    /// <summary>Folkeregisteret's birth date puts the person outside the target group .</summary>
    public const string OutsideTargetGroup = "utenfor-malgruppen";

    /// <summary>The BTI level changed (P1 hands the case on at level 1 or to the team at level 2–3).</summary>
    public const string LevelChanged = "niva-endret";

    /// <summary>The case was closed with an end code.</summary>
    public const string Closed = "sak-avsluttet";

    /// <summary>Letters are in the outbox .</summary>
    public const string LetterQueued = "brev-i-utboks";

    /// <summary>A letter went by digital post or print (a receipt is a case event, R-70).</summary>
    public const string LetterSent = "brev-sendt";

    /// <summary>A letter was stopped («manuell håndtering påkrevd», R-63) or given up.</summary>
    public const string LetterNotSent = "brev-stoppet";

    /// <summary>A journalpost is queued for the archive .</summary>
    public const string Archived = "journalfort";

    /// <summary>The user name the system writes events as.</summary>
    public const string SystemUser = "system";
}
