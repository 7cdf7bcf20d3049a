using Velferd.Workflows.Core.HumanTasks;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Stimuli;

namespace Velferd.Workflows.Testing.Contracts;

/// <summary>The stores a task store contract test works on, over one (emptied) database.</summary>
/// <param name="Instances">Commits bursts; its commit participants create and cancel tasks.</param>
/// <param name="Tasks">The store under test.</param>
/// <param name="Stimuli">The stimulus table (completion enqueues a resume stimulus).</param>
public sealed record HumanTaskStores(IWorkflowInstanceStore Instances, IHumanTaskStore Tasks, IStimulusQueue Stimuli);
