namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>An expression syntax the designer offers.</summary>
public sealed record ElsaExpressionDescriptor(string Type, string DisplayName, bool IsSerializable, bool IsBrowsable, IReadOnlyDictionary<string, object> Properties);
