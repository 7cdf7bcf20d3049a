namespace Velferd.Workflows.Simulator;

/// <summary>An inbound melding on the simulated Fiks IO.</summary>
/// <param name="MeldingId">Fiks IO's id (generated when empty).</param>
/// <param name="MeldingType">The message type, e.g. <c>no.ks.fiks.bekymringsmelding.offentlig.v2</c>.</param>
/// <param name="Data">The (decrypted) JSON payload as text.</param>
/// <param name="AvsenderKontoId">The sender's account (default: the national portal).</param>
/// <param name="MottakerKontoId">Our account (default: <c>velferd-konto</c>).</param>
public sealed record InboundMessage(string? MeldingId, string MeldingType, string Data, string? AvsenderKontoId = null, string? MottakerKontoId = null);
