using Velferd.Workflows.Testing.Contracts;
using Velferd.Workflows.Testing.Databases;

namespace Velferd.Workflows.IntegrationTests.Persistence;

[Collection(SqliteCollection.Name)]
public sealed class SqliteFeedPositionStoreTests(SqliteDatabase db) : FeedPositionStoreContract
{
    protected override Task<StoreUnit> CreateAsync() => db.ResetAndOpenAsync(TestContext.Current.CancellationToken);
}
