using System.Text.Json.Nodes;
using Velferd.Workflows.Core.Expressions;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Core.Activities;

/// <summary>What an activity sees of the burst it runs in: its own definition, variables, time and the instance.</summary>
public sealed class ActivityContext
{
    private readonly IBurstScope _burst;

    internal ActivityContext(IBurstScope burst, BlueprintNode node, JsonNode? resumePayload, Bookmark? bookmark, ContainerRun? container = null)
    {
        _burst = burst;
        Container = container;
        Node = node;
        ResumePayload = resumePayload;
        Bookmark = bookmark;
    }

    /// <summary>The compiled activity.</summary>
    public BlueprintNode Node { get; }

    /// <summary>The compiled definition version the instance runs.</summary>
    public WorkflowBlueprint Blueprint => _burst.Blueprint;

    /// <summary>The activity's id in the definition.</summary>
    public string ActivityId => Node.Id;

    /// <summary>The activity as stored in the definition (read it, never change it).</summary>
    public JsonObject ActivityJson => Node.Activity.Json;

    /// <summary>The instance being run.</summary>
    public string WorkflowInstanceId => _burst.WorkflowInstanceId;

    /// <summary>The instance's correlation id; setting it re-keys the instance's bookmarks.</summary>
    public string? CorrelationId
    {
        get => _burst.CorrelationId;
        set => _burst.CorrelationId = value;
    }

    /// <summary>
    /// The process owner whose test run this is (see <see cref="TestRuns"/>), or null for a real instance: an activity
    /// that changes a case or sends to a person asks it first.
    /// </summary>
    public string? TestRunBy => _burst.TestRunBy;

    /// <summary>The instance's name (the definition's when it started, unless <c>Elsa.SetName</c> gave it another).</summary>
    public string? InstanceName
    {
        get => _burst.InstanceName;
        set => _burst.InstanceName = value;
    }

    /// <summary>The team that owns the instance (null when none does).</summary>
    public string? Team => _burst.Team;

    /// <summary>The time of the burst, from the injected clock.</summary>
    public DateTimeOffset Now => _burst.Now;

    /// <summary>The data the resuming stimulus carried (null when not resuming).</summary>
    public JsonNode? ResumePayload { get; }

    /// <summary>
    /// For an activity with an embedded body, resumed because the bodies it ran have all finished: its run, with the
    /// state it kept and whether <c>Elsa.Break</c> ran. Null otherwise.
    /// </summary>
    public ContainerRun? Container { get; }

    /// <summary>The bookmark being resumed (null when not resuming).</summary>
    public Bookmark? Bookmark { get; }

    /// <summary>The input the instance started with.</summary>
    public IReadOnlyDictionary<string, JsonNode?> WorkflowInput => _burst.WorkflowInput;

    /// <summary>A message for the execution log (not the application log).</summary>
    public string? Message { get; set; }

    /// <summary>The burst's JavaScript engine.</summary>
    public JavaScriptRuntime JavaScript => _burst.JavaScript;

    /// <summary>Reads a variable.</summary>
    public JsonNode? GetVariable(string name) => _burst.GetVariable(name);

    /// <summary>Writes a variable.</summary>
    public void SetVariable(string name, JsonNode? value) => _burst.SetVariable(name, value);

    /// <summary>Stores something with this burst (a task, a deadline, an outbox message), committed atomically with it.</summary>
    public void AddEffect(IBurstEffect effect) => _burst.AddEffect(effect);

    /// <summary>
    /// Stores a stimulus with this burst (a child instance's start), committed atomically with it; the dispatcher
    /// applies it after the commit.
    /// </summary>
    public void AddStimulus(Stimuli.Stimulus stimulus) => _burst.AddStimulus(stimulus);

    /// <summary>Sets one of the instance's outputs.</summary>
    public void SetWorkflowOutput(string name, JsonNode? value) => _burst.SetWorkflowOutput(name, value);

    /// <summary>
    /// Evaluates an expression wrapper held in the activity's JSON outside a declared input (a switch case's
    /// condition); compiled once per <paramref name="cacheKey"/>.
    /// </summary>
    public T? Evaluate<T>(string cacheKey, JsonNode? wrapper) =>
        (T?)ValueConverter.Convert(Node.GetOrCompile(cacheKey, wrapper).Evaluate(_burst, typeof(object)), typeof(T));

    /// <summary>Builds the activity's input record from its compiled input expressions.</summary>
    /// <exception cref="ExpressionEvaluationException">An input could not be evaluated; the message names it.</exception>
    public T BindInput<T>()
        where T : class
    {
        var type = Node.Type;
        if (type.InputType != typeof(T))
        {
            throw new InvalidOperationException($"{type.TypeName} takes {type.InputType.Name}, not {typeof(T).Name}.");
        }

        var values = new object?[type.Inputs.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var input = type.Inputs[i];
            var targetType = input.Property.PropertyType;
            try
            {
                values[i] = Node.Inputs[i] is { } expression
                    ? expression.Evaluate(_burst, targetType)
                    : ValueConverter.Convert(input.Attribute.DefaultValue, targetType);
            }
            catch (ExpressionEvaluationException e)
            {
                throw new ExpressionEvaluationException($"Input '{input.Property.Name}': {e.Message}", e);
            }
        }

        return (T)type.Binder.Create(typeof(T), values);
    }
}
