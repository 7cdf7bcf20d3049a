using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.IntegrationTests.Hosting;
using Velferd.Workflows.Testing.Contracts;

namespace Velferd.Workflows.IntegrationTests.HumanTasks;

/// <summary>The task store contract on an EF provider.</summary>
public abstract class EfHumanTaskStoreTests(StoreFixture fixture) : HumanTaskStoreContract, IAsyncDisposable
{
    private readonly List<AsyncServiceScope> _scopes = [];

    protected override async Task<HumanTaskStores> CreateStoresAsync()
    {
        await fixture.ResetAsync();
        var scope = fixture.Services.CreateAsyncScope();
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

public sealed class SqliteHumanTaskStoreTests(SqliteStoreFixture fixture) : EfHumanTaskStoreTests(fixture), IClassFixture<SqliteStoreFixture>;

public sealed class PostgreSqlHumanTaskStoreTests(PostgreSqlStoreFixture fixture) : EfHumanTaskStoreTests(fixture), IClassFixture<PostgreSqlStoreFixture>;
