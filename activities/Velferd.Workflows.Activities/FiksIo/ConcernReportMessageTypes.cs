namespace Velferd.Workflows.Activities.FiksIo;

/// <summary>The Fiks IO message types of the bekymringsmelding protocol (DOMAIN.md §4).</summary>
public static class ConcernReportMessageTypes
{
    /// <summary>A melding from a professional reporter.</summary>
    public const string Public = "no.ks.fiks.bekymringsmelding.offentlig.v2";

    /// <summary>A melding from a private reporter.</summary>
    public const string Private = "no.ks.fiks.bekymringsmelding.privat.v2";

    /// <summary>The receipt: received.</summary>
    public const string Received = "no.ks.fiks.bekymringsmelding.mottatt.v1";

    /// <summary>The receipt: could not be received (schema or type error).</summary>
    public const string Failed = "no.ks.fiks.bekymringsmelding.feilet.v1";

    /// <summary>True for the two melding types we receive.</summary>
    public static bool IsConcernReport(string messageType) => messageType is Public or Private;
}
