using Velferd.Workflows.Testing.Contracts;
using Velferd.Workflows.Testing.Databases;

namespace Velferd.Workflows.IntegrationTests.Persistence;

[Collection(SqlServerCollection.Name)]
public sealed class SqlServerStimulusOutboxTests(SqlServerDatabase db) : StimulusOutboxContract
{
    protected override Task<StoreUnit> CreateAsync() => db.ResetAndOpenAsync(TestContext.Current.CancellationToken);
}
