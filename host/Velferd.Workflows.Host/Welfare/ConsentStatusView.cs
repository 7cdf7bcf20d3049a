using Velferd.Workflows.Welfare.Consents;

namespace Velferd.Workflows.Host.Welfare;

/// <summary>The answer of <c>GET /api/cases/{id}/consent</c>: the status now, per service, and what is missing .</summary>
/// <param name="Status"><c>MANGLER</c>, <c>DELVIS</c>, <c>GYLDIG</c>, <c>UTLØPT</c> or <c>TRUKKET</c>.</param>
/// <param name="Services">Per service.</param>
/// <param name="Missing">Reasons.</param>
public sealed record ConsentStatusView(string Status, IReadOnlyDictionary<string, string> Services, IReadOnlyList<string> Missing)
{
    /// <summary>The view of <paramref name="report"/>.</summary>
    public static ConsentStatusView Of(ConsentStatusReport report) => new(
        ConsentStatusCodes.Of(report.Status),
        report.Services.ToDictionary(s => s.Key, s => ConsentStatusCodes.Of(s.Value), StringComparer.Ordinal),
        report.Missing);
}
