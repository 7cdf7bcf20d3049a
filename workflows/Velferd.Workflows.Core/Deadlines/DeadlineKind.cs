namespace Velferd.Workflows.Core.Deadlines;

/// <summary>Whether a deadline is owed by law or by local policy (DOMAIN.md R-06), or is only a timer.</summary>
public enum DeadlineKind
{
    /// <summary>«Lovpålagt frist»: statutory, with a legal reference in its source rule.</summary>
    Statutory,

    /// <summary>«Lokal frist»: local policy; never shown as statutory.</summary>
    Local,

    /// <summary>A timer or age milestone the flow waits for; not a deadline anyone owes, so not in supervisor views.</summary>
    Timer,
}
