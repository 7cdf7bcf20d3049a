namespace Velferd.Workflows.Core.Outbox;

/// <summary>Where an outbox message is in its life.</summary>
public enum OutboxStatus
{
    /// <summary>Waiting to be sent (first time, or again after a failed attempt, from its available time).</summary>
    Pending,

    /// <summary>Claimed by a worker under a lease; a worker that dies leaves it to expire.</summary>
    Claimed,

    /// <summary>The service answered; a waiting instance has been given the reply.</summary>
    Delivered,

    /// <summary>The retry budget ran out: an incident operators see, retry or resolve. Not sent again on its own.</summary>
    Incident,

    /// <summary>An operator closed the incident without delivery; a waiting instance continued on its failure port.</summary>
    Resolved,

    /// <summary>The instance stopped waiting (cancelled or another path won) before the message was sent.</summary>
    Cancelled,
}
