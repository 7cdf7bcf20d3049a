namespace Velferd.Workflows.Host.Access;

/// <summary>
/// A route's access rule, as <see cref="RouteRules"/> declares it: who may reach it (<see cref="Audience"/>, with the
/// <see cref="Roles"/> for <see cref="RouteAudience.Roles"/>), whether the case data it touches goes through the access
/// decision (<see cref="CaseData"/>: what the user may not see answers 404 or is left out), and whether the route
/// exists only in Development.
/// </summary>
/// <param name="Audience">Who may reach the route.</param>
/// <param name="Roles">The roles, for <see cref="RouteAudience.Roles"/>.</param>
/// <param name="CaseData">True when the route's case data goes through the access decision and is audited.</param>
/// <param name="DevelopmentOnly">True for a route mapped only in Development.</param>
/// <param name="Purpose">The purpose an audit row of a case-data route names when the request gives none (<c>X-Purpose</c>).</param>
public sealed record RouteRule(
    RouteAudience Audience, IReadOnlySet<string> Roles, bool CaseData = false, bool DevelopmentOnly = false, string Purpose = RouteRule.CaseWork)
{
    /// <summary>The default purpose of reading and writing case data.</summary>
    public const string CaseWork = "saksbehandling";

    /// <summary>Anyone, signed in or not.</summary>
    public static RouteRule Anyone { get; } = new(RouteAudience.Anyone, new HashSet<string>());

    /// <summary>Any signed-in user.</summary>
    public static RouteRule SignedIn { get; } = new(RouteAudience.SignedIn, new HashSet<string>());

    /// <summary>Signed-in users with one of <paramref name="roles"/>.</summary>
    public static RouteRule For(params string[] roles) => new(RouteAudience.Roles, roles.ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// The same rule, with the route's case data read through the access decision and every answered request audited
    /// (R-66) with <paramref name="purpose"/> unless the request names its own.
    /// </summary>
    public RouteRule WithCaseData(string purpose = CaseWork) => this with { CaseData = true, Purpose = purpose };

    /// <summary>The same rule, for a route mapped only in Development.</summary>
    public RouteRule InDevelopment() => this with { DevelopmentOnly = true };

    /// <summary>True when a caller with <paramref name="roles"/> (null: not signed in) gets past the rule's audience.</summary>
    public bool Admits(IReadOnlyCollection<string>? roles) => Audience switch
    {
        RouteAudience.Anyone => true,
        RouteAudience.SignedIn => roles is not null,
        _ => roles is not null && roles.Any(Roles.Contains),
    };

    /// <inheritdoc />
    public override string ToString() =>
        $"{Audience}{(Audience == RouteAudience.Roles ? $"({string.Join(", ", Roles.Order(StringComparer.Ordinal))})" : "")}"
        + (CaseData ? " + case data" : "") + (DevelopmentOnly ? " (Development)" : "");
}
