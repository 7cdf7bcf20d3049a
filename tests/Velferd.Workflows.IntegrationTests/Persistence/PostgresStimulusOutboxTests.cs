using Velferd.Workflows.Testing.Contracts;
using Velferd.Workflows.Testing.Databases;

namespace Velferd.Workflows.IntegrationTests.Persistence;

[Collection(PostgresCollection.Name)]
public sealed class PostgresStimulusOutboxTests(PostgresDatabase db) : StimulusOutboxContract
{
    protected override Task<StoreUnit> CreateAsync() => db.ResetAndOpenAsync(TestContext.Current.CancellationToken);
}
