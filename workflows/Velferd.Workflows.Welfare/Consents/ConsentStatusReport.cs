namespace Velferd.Workflows.Welfare.Consents;

/// <summary>The consent status of a case now (<c>GET /api/cases/{id}/consent</c>).</summary>
/// <param name="Status">The case's overall status.</param>
/// <param name="Services">The status per service a consent was ever given to.</param>
/// <param name="Missing">Why something is not <c>GYLDIG</c>, one reason a line, Norwegian, no names or numbers.</param>
public sealed record ConsentStatusReport(
    ConsentStatus Status,
    IReadOnlyDictionary<string, ConsentStatus> Services,
    IReadOnlyList<string> Missing)
{
    /// <summary>The status of one service (<c>MANGLER</c> when no consent ever named it).</summary>
    public ConsentStatus For(string service) => Services.TryGetValue(service, out var status) ? status : ConsentStatus.Missing;

    /// <summary>True when every one of <paramref name="services"/> is <c>GYLDIG</c> (R-27: every service present).</summary>
    public bool Covers(IEnumerable<string> services) => services.All(s => For(s) == ConsentStatus.Valid);
}
