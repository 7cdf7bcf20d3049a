namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>Elsa's <c>ListResponse&lt;T&gt;</c>: items with their count.</summary>
public sealed record ElsaList<T>(IReadOnlyList<T> Items, long Count);
