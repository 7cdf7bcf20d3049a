using Velferd.Workflows.Testing.Contracts;
using Velferd.Workflows.Testing.Databases;

namespace Velferd.Workflows.IntegrationTests.Persistence;

[Collection(SqliteCollection.Name)]
public sealed class SqliteStimulusOutboxTests(SqliteDatabase db) : StimulusOutboxContract
{
    protected override Task<StoreUnit> CreateAsync() => db.ResetAndOpenAsync(TestContext.Current.CancellationToken);
}
