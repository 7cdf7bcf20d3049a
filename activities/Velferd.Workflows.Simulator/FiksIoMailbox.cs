namespace Velferd.Workflows.Simulator;

/// <summary>
/// The simulated Fiks IO accounts: inbound meldinger waiting until acknowledged (delivered again on every read, as
/// Fiks IO redelivers what is not acknowledged), and every message the engine sent.
/// </summary>
public sealed class FiksIoMailbox
{
    private readonly Lock _gate = new();
    private readonly List<InboundMessage> _waiting = [];
    private readonly List<SentFiksIoMessage> _sent = [];

    /// <summary>Puts a melding on an account's queue; the same id twice is a replay (delivered again).</summary>
    public InboundMessage Deliver(InboundMessage message)
    {
        var stored = message with
        {
            MeldingId = string.IsNullOrEmpty(message.MeldingId) ? Guid.NewGuid().ToString() : message.MeldingId,
            MottakerKontoId = string.IsNullOrEmpty(message.MottakerKontoId) ? "velferd-konto" : message.MottakerKontoId,
            AvsenderKontoId = string.IsNullOrEmpty(message.AvsenderKontoId) ? "bekymringsmelding-portal" : message.AvsenderKontoId,
        };
        lock (_gate)
        {
            _waiting.Add(stored);
        }

        return stored;
    }

    /// <summary>What waits for an account.</summary>
    public IReadOnlyList<InboundMessage> Waiting(string account)
    {
        lock (_gate)
        {
            return [.. _waiting.Where(m => m.MottakerKontoId == account)];
        }
    }

    /// <summary>Acknowledges every waiting copy of a message; false when none waits.</summary>
    public bool Acknowledge(string account, string messageId)
    {
        lock (_gate)
        {
            return _waiting.RemoveAll(m => m.MottakerKontoId == account && m.MeldingId == messageId) > 0;
        }
    }

    /// <summary>Records a message the engine sent.</summary>
    public void RecordSent(SentFiksIoMessage message)
    {
        lock (_gate)
        {
            _sent.Add(message);
        }
    }

    /// <summary>Every message the engine sent, oldest first.</summary>
    public IReadOnlyList<SentFiksIoMessage> Sent()
    {
        lock (_gate)
        {
            return [.. _sent];
        }
    }

    /// <summary>Forgets everything.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _waiting.Clear();
            _sent.Clear();
        }
    }
}
