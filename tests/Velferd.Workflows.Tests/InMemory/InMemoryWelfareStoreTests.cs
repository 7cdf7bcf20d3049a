using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Testing.Contracts;
using Velferd.Workflows.Testing.InMemory;

namespace Velferd.Workflows.Tests.InMemory;

/// <summary>The in-memory welfare stores keep the same contract as the EF stores.</summary>
public sealed class InMemoryWelfareStoreTests : WelfareStoreContract
{
    protected override Task<StoreUnit> CreateAsync() =>
        Task.FromResult(StoreUnit.Open(new ServiceCollection().AddInMemoryWorkflowStores().BuildServiceProvider()));
}
