namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>Elsa's <c>PagedListResponse&lt;T&gt;</c>: one page, the total and list-level links.</summary>
public sealed record ElsaPage<T>(IReadOnlyList<T> Items, long TotalCount, IReadOnlyList<ElsaLink> Links);
