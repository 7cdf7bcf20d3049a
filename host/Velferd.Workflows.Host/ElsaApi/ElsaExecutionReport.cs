using System.Text.Json.Nodes;

namespace Velferd.Workflows.Host.ElsaApi;

/// <summary><c>{stats: [...]}</c>.</summary>
public sealed record ElsaExecutionReport(JsonArray Stats);
