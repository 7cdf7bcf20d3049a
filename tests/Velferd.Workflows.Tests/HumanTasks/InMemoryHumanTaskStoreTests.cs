using Velferd.Workflows.Testing.Contracts;
using Velferd.Workflows.Testing.InMemory;

namespace Velferd.Workflows.Tests.HumanTasks;

public sealed class InMemoryHumanTaskStoreTests : HumanTaskStoreContract
{
    protected override Task<HumanTaskStores> CreateStoresAsync()
    {
        var db = new InMemoryDatabase();
        var instances = new InMemoryWorkflowInstanceStore(db, [new InMemoryHumanTaskCommitParticipant(db)]);
        return Task.FromResult(new HumanTaskStores(instances, new InMemoryHumanTaskStore(db), new InMemoryStimulusQueue(db)));
    }
}
