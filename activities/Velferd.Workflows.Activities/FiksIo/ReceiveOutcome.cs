namespace Velferd.Workflows.Activities.FiksIo;

/// <summary>What became of an incoming message.</summary>
public enum ReceiveOutcome
{
    /// <summary>Registered (or registered on an earlier delivery) and any bound pathways started; acknowledged.</summary>
    Started,

    /// <summary>Not a valid melding: a failure receipt was sent; acknowledged.</summary>
    Rejected,
}
