using Velferd.Workflows.Activities.Arkiv;
using Velferd.Workflows.Activities.DigitalPost;
using Velferd.Workflows.Activities.FiksIo;
using Velferd.Workflows.Activities.Folkeregister;
using Velferd.Workflows.Activities.Krr;
using Velferd.Workflows.Activities.SvarUt;

namespace Velferd.Workflows.Host.RemoteServices;

/// <summary>Where each national service lives under the simulator's root URL.</summary>
internal static class SimulatorPaths
{
    /// <summary>The path of <paramref name="service"/> under the simulator's root, or null for a service it does not stand in for.</summary>
    public static string? Of(string? service) => service switch
    {
        FolkeregisterHttpClient.ServiceName => "folkeregisteret",
        KrrHttpClient.ServiceName => "krr",
        DigitalPostHttpClient.ServiceName => "digitalpost",
        ArkivHttpClient.ServiceName => "arkiv",
        SvarUtHttpClient.ServiceName => "svarut",
        FiksIoHttpClient.ServiceName => "fiksio",
        _ => null,
    };
}
