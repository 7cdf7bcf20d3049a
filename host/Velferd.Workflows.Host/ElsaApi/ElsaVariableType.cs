namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>A variable type.</summary>
public sealed record ElsaVariableType(string TypeName, string DisplayName, string Category, string? Description);
