namespace Velferd.Workflows.Welfare.Reports;

/// <summary>How a melding reached barnevernet (DOMAIN-API.md): every channel yields the same record .</summary>
public static class ReportChannels
{
    /// <summary>By phone.</summary>
    public const string Phone = "telefon";

    /// <summary>By letter.</summary>
    public const string Letter = "brev";

    /// <summary>A digital form.</summary>
    public const string Digital = "digital";

    /// <summary>Through the Fiks IO receiver.</summary>
    public const string FiksIo = "fiksio";

    /// <summary>From another pathway of the municipality.</summary>
    public const string Internal = "intern";

    /// <summary>Told in person.</summary>
    public const string Oral = "muntlig";

    /// <summary>Every channel.</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Phone, Letter, Digital, FiksIo, Internal, Oral };
}
