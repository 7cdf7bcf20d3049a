using Velferd.Workflows.Testing.Contracts;
using Velferd.Workflows.Testing.Databases;

namespace Velferd.Workflows.IntegrationTests.Persistence;

[Collection(SqliteCollection.Name)]
public sealed class SqliteWorkflowDefinitionStoreTests(SqliteDatabase db) : WorkflowDefinitionStoreContract
{
    protected override Task<StoreUnit> CreateAsync() => db.ResetAndOpenAsync(TestContext.Current.CancellationToken);
}
