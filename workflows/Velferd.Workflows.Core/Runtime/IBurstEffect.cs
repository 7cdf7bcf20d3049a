namespace Velferd.Workflows.Core.Runtime;

/// <summary>
/// Something an activity wants stored with its burst, in the same transaction as the instance: a human task, a
/// deadline, an outbox message. The persistence side writes each kind through a commit participant; an effect no
/// participant writes is an error, not a silent loss.
/// </summary>
public interface IBurstEffect;
