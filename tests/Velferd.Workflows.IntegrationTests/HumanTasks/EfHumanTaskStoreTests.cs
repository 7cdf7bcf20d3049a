using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.IntegrationTests.Persistence;
using Velferd.Workflows.Testing.Contracts;
using Velferd.Workflows.Testing.Databases;

namespace Velferd.Workflows.IntegrationTests.HumanTasks;

/// <summary>The task store contract on an EF provider, over the shared migrated database (reset before each test).</summary>
public abstract class EfHumanTaskStoreTests(WorkflowTestDatabase db) : HumanTaskStoreContract, IAsyncDisposable
{
    private readonly List<AsyncServiceScope> _scopes = [];

    protected override async Task<HumanTaskStores> CreateStoresAsync()
    {
        await db.ResetAsync(TestContext.Current.CancellationToken);
        var scope = db.Services.CreateAsyncScope();
        _scopes.Add(scope);
        var services = scope.ServiceProvider;
        return new HumanTaskStores(
            services.GetRequiredService<IWorkflowInstanceStore>(),
            services.GetRequiredService<IHumanTaskStore>(),
            services.GetRequiredService<IStimulusQueue>());
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var scope in _scopes)
        {
            await scope.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SqliteHumanTaskStoreTests(SqliteDatabase db) : EfHumanTaskStoreTests(db);

[Collection(PostgresCollection.Name)]
public sealed class PostgresHumanTaskStoreTests(PostgresDatabase db) : EfHumanTaskStoreTests(db);

[Collection(SqlServerCollection.Name)]
public sealed class SqlServerHumanTaskStoreTests(SqlServerDatabase db) : EfHumanTaskStoreTests(db);
