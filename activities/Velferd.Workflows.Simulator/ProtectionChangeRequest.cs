namespace Velferd.Workflows.Simulator;

/// <summary>A request to grade a person's address anew (simulator control).</summary>
/// <param name="Adressebeskyttelse"><c>ugradert</c>, <c>fortrolig</c> or <c>strengtFortrolig</c>.</param>
public sealed record ProtectionChangeRequest(string? Adressebeskyttelse);
