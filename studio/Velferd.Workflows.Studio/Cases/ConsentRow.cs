namespace Velferd.Workflows.Studio.Cases;

/// <summary>A consent as the case page lists it.</summary>
/// <param name="Id">The consent's id.</param>
/// <param name="Scope">Its services and categories, e.g. «ppt, helse (skole)».</param>
/// <param name="Validity">«01.12.2026–30.11.2027».</param>
/// <param name="State">«Gjeldende», «Delvis trukket» or «Trukket».</param>
/// <param name="CanWithdraw">Something is left of it to withdraw.</param>
public sealed record ConsentRow(string Id, string Scope, string Validity, string State, bool CanWithdraw);
