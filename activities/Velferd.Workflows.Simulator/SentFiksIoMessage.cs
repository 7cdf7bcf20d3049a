namespace Velferd.Workflows.Simulator;

/// <summary>A message the engine sent through the simulated Fiks IO.</summary>
/// <param name="MeldingId">The id the simulator gave it.</param>
/// <param name="AvsenderKontoId">The sender account.</param>
/// <param name="MottakerKontoId">The recipient account.</param>
/// <param name="MeldingType">The message type.</param>
/// <param name="SvarPaMelding">The message it answers.</param>
/// <param name="Data">The payload.</param>
public sealed record SentFiksIoMessage(string MeldingId, string? AvsenderKontoId, string MottakerKontoId, string MeldingType, string? SvarPaMelding, string Data);
