namespace Velferd.Workflows.Welfare.Audit;

/// <summary>The actions an audit row names (DOMAIN-API.md "Access and audit").</summary>
public static class AuditActions
{
    /// <summary>One case's (or item's) data read.</summary>
    public const string Read = "read";

    /// <summary>A list or search that may show several cases.</summary>
    public const string Search = "search";

    /// <summary>Data taken out of the system (a file, a CSV).</summary>
    public const string Export = "export";

    /// <summary>A letter printed.</summary>
    public const string Print = "print";

    /// <summary>Something new stored.</summary>
    public const string Create = "create";

    /// <summary>Something stored changed.</summary>
    public const string Update = "update";
}
