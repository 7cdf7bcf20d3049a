using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.SignIn;

namespace Velferd.Workflows.Studio.Processes;

/// <summary>Reads a pathway's versions and counts its instances per version from the host.</summary>
public sealed class ProcessSource(HostApiClient api)
{
    /// <summary>
    /// At most this many instances are counted (20 pages of the API's largest page): beyond it the page says the
    /// counts are incomplete rather than keep a process owner waiting.
    /// </summary>
    public const int CountAtMost = 10_000;

    private const int PageSize = 500;

    /// <summary>The versions of <paramref name="definitionId"/> with instance counts, or the host's problem.</summary>
    public async Task<ApiAnswer<ProcessVersions>> LoadAsync(StudioUser user, string definitionId, CancellationToken cancellationToken)
    {
        var id = Uri.EscapeDataString(definitionId);
        var versions = await api.GetAsync<List<DefinitionAnswer>>(user, $"api/definitions/{id}/versions", cancellationToken);
        if (versions.Value is not { } found)
        {
            return new ApiAnswer<ProcessVersions>(null, versions.Problem);
        }

        var instances = new List<InstanceAnswer>();
        string? cursor = null;
        var complete = true;
        do
        {
            var after = cursor is null ? "" : $"&after={Uri.EscapeDataString(cursor)}";
            var page = await api.GetAsync<InstanceListAnswer>(user, $"api/instances?definitionId={id}&pageSize={PageSize}{after}", cancellationToken);
            if (page.Value is not { } list)
            {
                return new ApiAnswer<ProcessVersions>(null, page.Problem);
            }

            instances.AddRange(list.Items);
            cursor = list.NextCursor;
            if (cursor is not null && instances.Count >= CountAtMost)
            {
                complete = false;
                break;
            }
        }
        while (cursor is not null);

        return new ApiAnswer<ProcessVersions>(ProcessVersions.Build(found, instances, complete), null);
    }
}
