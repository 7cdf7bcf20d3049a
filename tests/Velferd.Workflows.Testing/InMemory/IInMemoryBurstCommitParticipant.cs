using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Testing.InMemory;

/// <summary>
/// The in-memory counterpart of the EF commit participants: writes a feature's rows for a burst, called under the
/// database lock after the commit's checks passed, so it is atomic with the rest. Add the effects it stores to
/// <c>handled</c>.
/// </summary>
public interface IInMemoryBurstCommitParticipant
{
    /// <summary>Writes this feature's part of the commit.</summary>
    void Write(BurstCommit commit, ISet<IBurstEffect> handled);
}
