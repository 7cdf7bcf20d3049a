using System.Text.Json;
using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Host.Instances;

namespace Velferd.Workflows.Host.ElsaApi;

/// <summary>An instance as a JSON document: the same shape as <c>GET /api/instances/{id}</c>.</summary>
internal static class InstanceExport
{
    public static async Task<byte[]?> ReadAsync(
        string id, IWorkflowInstanceStore store, CaseDataAccess access, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        var instance = await store.FindVisibleAsync(id, access, cancellationToken);
        if (instance is null)
        {
            return null;
        }

        var details = InstanceDetails.From(instance, await store.GetExecutionLogAsync(id, cancellationToken));
        return JsonSerializer.SerializeToUtf8Bytes(details, options);
    }
}
