using Velferd.Workflows.Core.Feeds;
using Microsoft.Extensions.DependencyInjection;
using Velferd.Workflows.Core.Definitions;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Consents;
using Velferd.Workflows.Welfare.Policies;

namespace Velferd.Workflows.Testing.Contracts;

/// <summary>
/// The three store ports as one unit of work sees them (one DI scope), over one database. A contract test gets a
/// fresh, empty one; <see cref="OpenSibling"/> opens a second, independent unit over the same data, as a second
/// dispatcher or node would have.
/// </summary>
public sealed class StoreUnit : IAsyncDisposable
{
    private readonly IServiceProvider _services;
    private readonly AsyncServiceScope _scope;

    private StoreUnit(IServiceProvider services)
    {
        _services = services;
        _scope = services.CreateAsyncScope();
        Definitions = _scope.ServiceProvider.GetRequiredService<IWorkflowDefinitionStore>();
        Instances = _scope.ServiceProvider.GetRequiredService<IWorkflowInstanceStore>();
        Stimuli = _scope.ServiceProvider.GetRequiredService<IStimulusQueue>();
        StimulusOutbox = _scope.ServiceProvider.GetRequiredService<IStimulusOutbox>();
        FeedPositions = _scope.ServiceProvider.GetRequiredService<IFeedPositionStore>();
        Cases = _scope.ServiceProvider.GetRequiredService<ICaseStore>();
        Consents = _scope.ServiceProvider.GetRequiredService<IConsentStore>();
        Policies = _scope.ServiceProvider.GetRequiredService<IPolicyStore>();
    }

    /// <summary>Definition versions.</summary>
    public IWorkflowDefinitionStore Definitions { get; }

    /// <summary>Instances, bookmarks and execution logs.</summary>
    public IWorkflowInstanceStore Instances { get; }

    /// <summary>The stimulus queue.</summary>
    public IStimulusQueue Stimuli { get; }

    /// <summary>Where followed feeds are read from.</summary>
    /// <summary>Stimuli stored with a domain write, in its transaction.</summary>
    public IStimulusOutbox StimulusOutbox { get; }

    public IFeedPositionStore FeedPositions { get; }

    /// <summary>Welfare cases and their timelines.</summary>
    public ICaseStore Cases { get; }

    /// <summary>Consents.</summary>
    public IConsentStore Consents { get; }

    /// <summary>Policy versions.</summary>
    public IPolicyStore Policies { get; }

    /// <summary>Opens a unit over the stores registered in <paramref name="services"/> (its own scope).</summary>
    public static StoreUnit Open(IServiceProvider services) => new(services);

    /// <summary>A second, independent unit over the same data (its own scope, and so its own connection).</summary>
    public StoreUnit OpenSibling() => new(_services);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _scope.DisposeAsync();
}
