using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Testing.Contracts;
using Velferd.Workflows.Testing.InMemory;

namespace Velferd.Workflows.Tests.InMemory;

/// <summary>The in-memory feed positions keep the same contract as the EF store.</summary>
public sealed class InMemoryFeedPositionStoreTests : FeedPositionStoreContract
{
    protected override Task<StoreUnit> CreateAsync() =>
        Task.FromResult(StoreUnit.Open(new ServiceCollection().AddInMemoryWorkflowStores().BuildServiceProvider()));
}
