namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>The answer to a bulk publish.</summary>
public sealed record ElsaBulkPublished(
    IReadOnlyList<string> Published, IReadOnlyList<string> AlreadyPublished, IReadOnlyList<string> NotFound, IReadOnlyList<object> UpdatedConsumers);
