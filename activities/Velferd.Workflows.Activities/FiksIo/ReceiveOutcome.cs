namespace Velferd.Workflows.Activities.FiksIo;

/// <summary>What became of an incoming message.</summary>
public enum ReceiveOutcome
{
    /// <summary>The bound pathways started (or had started on an earlier delivery); acknowledged.</summary>
    Started,

    /// <summary>Not a valid melding: a failure receipt was sent; acknowledged.</summary>
    Rejected,

    /// <summary>No pathway is bound: kept unacknowledged in Fiks IO.</summary>
    NotBound,
}
