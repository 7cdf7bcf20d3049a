namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>A list without a count, as Elsa answers for variable types, storage drivers and output converters.</summary>
public sealed record ElsaItems<T>(IReadOnlyList<T> Items);
