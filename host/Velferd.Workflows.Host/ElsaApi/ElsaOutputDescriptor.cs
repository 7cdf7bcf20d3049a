namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>One output in the Output tab.</summary>
public sealed record ElsaOutputDescriptor(string Name, string TypeName, string DisplayName, string? Description, float Order, bool IsBrowsable, bool IsSynthetic);
