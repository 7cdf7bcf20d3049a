using Velferd.Workflows.Studio.HostApi;
using Velferd.Workflows.Studio.SignIn;

namespace Velferd.Workflows.Studio.Processes;

/// <summary>Reads a pathway's versions and its instance counts per version from the host.</summary>
public sealed class ProcessSource(HostApiClient api)
{
    /// <summary>The versions of <paramref name="definitionId"/> with instance counts, or the host's problem.</summary>
    public async Task<ApiAnswer<ProcessVersions>> LoadAsync(StudioUser user, string definitionId, CancellationToken cancellationToken)
    {
        var id = Uri.EscapeDataString(definitionId);
        var versions = await api.GetAsync<List<DefinitionAnswer>>(user, $"api/definitions/{id}/versions", cancellationToken);
        if (versions.Value is not { } found)
        {
            return new ApiAnswer<ProcessVersions>(null, versions.Problem);
        }

        // Counted by the host's database in one grouped query: exact for any number of instances, in one round trip.
        var counts = await api.GetAsync<List<InstanceCountAnswer>>(user, $"api/definitions/{id}/instance-counts", cancellationToken);
        return counts.Value is { } list
            ? new ApiAnswer<ProcessVersions>(ProcessVersions.Build(found, list), null)
            : new ApiAnswer<ProcessVersions>(null, counts.Problem);
    }
}
