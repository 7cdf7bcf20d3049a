namespace Velferd.Workflows.Core.Activities;

/// <summary>The Norwegian labels the designer shows on embedded ports.</summary>
internal static class EmbeddedPortNames
{
    /// <summary>The label for a port name; Elsa's loops and containers call their one port <c>Body</c>.</summary>
    public static string DisplayName(string port) => port == "Body" ? "Innhold" : port;
}
