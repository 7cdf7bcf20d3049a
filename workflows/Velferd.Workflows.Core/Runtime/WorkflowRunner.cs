using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Activities.BuiltIn;
using Velferd.Workflows.Core.Activities.Looping;
using Velferd.Workflows.Core.Expressions;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Core.SubWorkflows;

namespace Velferd.Workflows.Core.Runtime;

/// <summary>
/// Runs one burst of an instance in memory: from a trigger until every path is blocked on a bookmark, the
/// flowchart completes, or the instance faults. It reads and writes nothing outside the instance; the caller
/// commits the <see cref="BurstResult"/> in one transaction.
/// </summary>
public sealed class WorkflowRunner(
    TimeProvider clock, IOptions<JavaScriptOptions> javaScriptOptions, IOptions<RuntimeOptions> runtimeOptions)
{
    /// <summary>Runs a burst. Activities are resolved from <paramref name="services"/> (the burst's scope).</summary>
    public async Task<BurstResult> RunAsync(
        WorkflowBlueprint blueprint,
        WorkflowInstance instance,
        BurstTrigger trigger,
        IServiceProvider services,
        CancellationToken cancellationToken)
    {
        using var burst = new Burst(blueprint, instance, services, clock.GetUtcNow(), javaScriptOptions.Value, runtimeOptions.Value);
        return await burst.RunAsync(trigger, cancellationToken);
    }

    private sealed class Burst(
        WorkflowBlueprint blueprint,
        WorkflowInstance instance,
        IServiceProvider services,
        DateTimeOffset now,
        JavaScriptOptions javaScriptOptions,
        RuntimeOptions runtimeOptions) : IBurstScope, IDisposable
    {
        private readonly Queue<Work> _queue = new();
        private readonly List<ActivityExecutionRecord> _log = [];
        private readonly List<Bookmark> _added = [];
        private readonly List<string> _removed = [];
        private bool _removedMayOwnRows;
        private bool _resumedOwnedRows;
        private int _effectsBeforeInvocation;
        private readonly List<IBurstEffect> _effects = [];
        private List<Stimulus>? _newStimuli;
        private IReadOnlyList<string> _completionOutcomes = [];
        private readonly Dictionary<Type, IActivity> _activities = [];
        private readonly string? _correlationAtStart = instance.CorrelationId;
        private JavaScriptRuntime? _javaScript;

        // The body run of the activity being invoked (null: the root flowchart); its variables come first.
        private string? _scope;

        public string WorkflowInstanceId => instance.Id;

        public string? CorrelationId
        {
            get => instance.CorrelationId;
            set => instance.CorrelationId = CorrelationIds.Admit(TestRuns.Correlation(value, instance.TestRunBy));
        }

        public string? TestRunBy => instance.TestRunBy;

        public DateTimeOffset Now => now;

        public string? Team => instance.Team;

        public string? InstanceName
        {
            get => instance.Name;
            set => instance.Name = value;
        }

        public WorkflowBlueprint Blueprint => blueprint;

        public IReadOnlyDictionary<string, JsonNode?> WorkflowInput => instance.State.Input;

        public JavaScriptRuntime JavaScript => _javaScript ??= new JavaScriptRuntime(this, javaScriptOptions);

        private WorkflowState State => instance.State;

        public JsonNode? GetVariable(string name) =>
            _scope is not null && FindLocal(name) is { } body ? body.Variables[name] : State.Variables.GetValueOrDefault(name);

        public void SetVariable(string name, JsonNode? value)
        {
            if (_scope is not null && FindLocal(name) is { } body)
            {
                body.Variables[name] = value;
                return;
            }

            State.Variables[name] = value;
        }

        // The innermost body run around the invoked activity that declares the variable (a loop's CurrentValue).
        private BodyScope? FindLocal(string name)
        {
            for (var scope = _scope; scope is not null;)
            {
                var (run, body) = FindBody(scope);
                if (body.Variables.ContainsKey(name))
                {
                    return body;
                }

                scope = run.Scope;
            }

            return null;
        }

        private (ContainerRun Run, BodyScope Body) FindBody(string scope)
        {
            foreach (var run in State.Containers ?? [])
            {
                foreach (var body in run.Bodies)
                {
                    if (body.Id == scope)
                    {
                        return (run, body);
                    }
                }
            }

            throw new InvalidOperationException($"The instance state has no body run '{scope}'.");
        }

        public void SetWorkflowOutput(string name, JsonNode? value) => State.Output[name] = value;

        public JsonNode? GetActivityOutput(string activityIdOrName, string? outputName)
        {
            var node = blueprint.Nodes.GetValueOrDefault(activityIdOrName)
                ?? blueprint.Nodes.Values.FirstOrDefault(n => n.Activity.Name == activityIdOrName);
            if (node is null || State.ActivityOutputs?.GetValueOrDefault(node.Id) is not { } output)
            {
                return null;
            }

            // Elsa names outputs in Pascal case (Result); they are stored camel-cased. Without a name, the whole output.
            return outputName is null ? output : output.FirstOrDefault(p => string.Equals(p.Key, outputName, StringComparison.OrdinalIgnoreCase)).Value;
        }

        public void AddEffect(IBurstEffect effect) => _effects.Add(effect);

        public void AddStimulus(Stimulus stimulus) => (_newStimuli ??= []).Add(stimulus);

        public async Task<BurstResult> RunAsync(BurstTrigger trigger, CancellationToken cancellationToken)
        {
            if (instance.Status == WorkflowStatus.Finished)
            {
                return Unchanged();
            }

            switch (trigger)
            {
                case StartTrigger start:
                    Start(start);
                    break;
                case ResumeTrigger resume:
                    var bookmark = State.Bookmarks.Find(b => b.Id == resume.BookmarkId);
                    if (bookmark is null || !blueprint.Nodes.TryGetValue(bookmark.ActivityId, out var node))
                    {
                        return Unchanged();
                    }

                    RemoveBookmark(bookmark);
                    _resumedOwnedRows = bookmark.OwnsRows != false;
                    instance.SubStatus = WorkflowSubStatus.Executing;
                    var resumed = new Work(node, null, bookmark.Scope, null);
                    var result = await InvokeAsync(resumed, bookmark, resume.Payload, cancellationToken);
                    if (!Apply(resumed, result.Result, result.StartedAt, resumed: true, result.Message))
                    {
                        return Finish();
                    }

                    break;
                case CancelTrigger:
                    Cancel(WorkflowSubStatus.Cancelled);
                    return Finish();
                case ActivityTestTrigger test:
                    if (!blueprint.Nodes.TryGetValue(test.ActivityId, out var tested))
                    {
                        return Unchanged();
                    }

                    InitialiseVariables();
                    instance.SubStatus = WorkflowSubStatus.Executing;
                    var testWork = new Work(tested, null, null, null);
                    var invocation = await InvokeAsync(testWork, null, null, cancellationToken);
                    Apply(testWork, invocation.Result, invocation.StartedAt, resumed: false, invocation.Message);
                    _queue.Clear();
                    return Finish();
            }

            await DrainAsync(cancellationToken);
            return Finish();
        }

        private void Start(StartTrigger start)
        {
            foreach (var (name, value) in start.Input)
            {
                State.Input[name] = value?.DeepClone();
            }

            State.FlowSemantics = FlowSemantics.Current;
            State.ParentWaits = start.ParentWaits;
            InitialiseVariables();
            instance.SubStatus = WorkflowSubStatus.Executing;
            foreach (var node in blueprint.StartNodes)
            {
                _queue.Enqueue(new Work(node, null, null, null));
            }
        }

        private void InitialiseVariables()
        {
            foreach (var variable in blueprint.Variables)
            {
                State.Variables[variable.Name] = variable.InitialValue?.DeepClone();
            }
        }

        private async Task DrainAsync(CancellationToken cancellationToken)
        {
            var executions = 0;
            while (_queue.TryDequeue(out var item))
            {
                if (++executions > runtimeOptions.MaxActivityExecutionsPerBurst)
                {
                    Fault(item.Node, $"The burst ran more than {runtimeOptions.MaxActivityExecutionsPerBurst} activities without waiting; the flowchart probably loops.", now);
                    return;
                }

                if (!UsesTokens && item.Node.Type.ClrType == typeof(FlowJoin) && item.Via is { } via && !JoinFires(item.Node, via))
                {
                    continue;
                }

                var invocation = await InvokeAsync(item, null, null, cancellationToken);
                if (!Apply(item, invocation.Result, invocation.StartedAt, resumed: false, invocation.Message))
                {
                    return;
                }
            }
        }

        private async Task<(ActivityResult Result, DateTimeOffset StartedAt, string? Message)> InvokeAsync(
            Work work, Bookmark? bookmark, JsonNode? payload, CancellationToken cancellationToken)
        {
            var node = work.Node;
            _scope = work.Scope;
            var context = new ActivityContext(this, node, payload, bookmark, work.Container);
            var activity = Resolve(node.Type.ClrType);
            _effectsBeforeInvocation = _effects.Count;
            try
            {
                // A container whose bodies have finished is resumed to decide its next iteration.
                var result = bookmark is null && work.Container is null
                    ? await activity.ExecuteAsync(context, cancellationToken)
                    : await activity.ResumeAsync(context, cancellationToken);
                return (result, now, context.Message);
            }
            catch (ExpressionEvaluationException e)
            {
                return (ActivityResult.Fault(e.Message), now, context.Message);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A defect or bad data in one activity faults this instance only; the dispatcher carries on.
                return (ActivityResult.Fault($"{e.GetType().Name}: {e.Message}"), now, context.Message);
            }
        }

        private IActivity Resolve(Type type)
        {
            if (!_activities.TryGetValue(type, out var activity))
            {
                activity = (IActivity)services.GetRequiredService(type);
                _activities[type] = activity;
            }

            return activity;
        }

        private bool Apply(Work work, ActivityResult result, DateTimeOffset startedAt, bool resumed, string? message)
        {
            var node = work.Node;
            switch (result.Kind)
            {
                case ActivityResultKind.Outcomes:
                    if (work.Container is { } finished)
                    {
                        State.Containers!.Remove(finished);
                        if (State.Containers.Count == 0)
                        {
                            State.Containers = null;
                        }
                    }

                    BindOutputs(node, result.Output);
                    if (blueprint.RecordsActivityOutputs && result.Output is { } output)
                    {
                        (State.ActivityOutputs ??= new(StringComparer.Ordinal))[node.Id] = JsonSerializer.SerializeToNode(output, output.GetType(), WorkflowJson.Options)!.AsObject();
                    }

                    Log(node, ActivityExecutionStatus.Completed, startedAt, resumed, result.OutcomeNames, message, result.Output);
                    if (UsesTokens)
                    {
                        return FollowTokens(node, result.OutcomeNames, work.Scope);
                    }

                    foreach (var outcome in result.OutcomeNames)
                    {
                        if (node.Outgoing.TryGetValue(outcome, out var edges))
                        {
                            foreach (var edge in edges)
                            {
                                _queue.Enqueue(new Work(edge.Target, edge, work.Scope, null));
                            }
                        }
                    }

                    return work.Scope is null || FinishBodyIfIdle(work.Scope);
                case ActivityResultKind.Suspend:
                    var request = result.Bookmark!;
                    var bookmark = new Bookmark
                    {
                        Id = Ids.New(now),
                        ActivityId = node.Id,
                        Name = request.Name,
                        Key = request.Key,
                        CorrelationId = instance.CorrelationId,
                        Payload = request.Payload,
                        Scope = work.Scope,
                        CreatedAt = now,

                        // Rows stored by this invocation hang on this wait; a resumed activity that waits again keeps
                        // the rows of the wait it was resumed from.
                        OwnsRows = _effects.Count > _effectsBeforeInvocation || (resumed && _resumedOwnedRows),
                    };
                    State.Bookmarks.Add(bookmark);
                    _added.Add(bookmark);
                    Log(node, ActivityExecutionStatus.Suspended, startedAt, resumed, [], message, null);
                    return true;
                case ActivityResultKind.CompleteWorkflow:
                    Log(node, ActivityExecutionStatus.Completed, startedAt, resumed, result.OutcomeNames, message, null);
                    _completionOutcomes = result.OutcomeNames;
                    Cancel(WorkflowSubStatus.Finished);
                    return false;
                case ActivityResultKind.RunBody:
                    BindOutputs(node, result.Output);
                    RunBody(work, result);
                    return true;
                default:
                    Fault(node, result.FaultMessage ?? "The activity faulted.", startedAt, message);
                    return false;
            }
        }

        private void BindOutputs(BlueprintNode node, object? output)
        {
            if (output is null)
            {
                return;
            }

            foreach (var (binding, variableName) in node.OutputBindings)
            {
                State.Variables[variableName] = JsonValues.FromPlain(binding.Property.GetValue(output));
            }
        }

        private bool UsesTokens => State.FlowSemantics >= FlowSemantics.ElsaTokens;

        /// <summary>
        /// Elsa 3's token flow after <paramref name="node"/> completed: it uses up the tokens that brought it here, leaves
        /// a token on each connection it follows, and each target runs when its merge mode says so. A terminal activity
        /// (<c>Elsa.End</c>) completes the flowchart instead, cancelling whatever still waits. False when the workflow ended.
        /// </summary>
        private bool FollowTokens(BlueprintNode node, IReadOnlyList<string> outcomes, string? scope)
        {
            if (node.Type.Descriptor.IsTerminal)
            {
                if (scope is null)
                {
                    Cancel(WorkflowSubStatus.Finished);
                    return false;
                }

                // In a body, a terminal activity (Elsa.End, Elsa.Break) completes that body only, as Elsa's nested flowchart does.
                if (node.Type.ClrType == typeof(Break))
                {
                    MarkLoopBreaking(scope);
                }

                CancelWithin(scope);
                return FinishBodyIfIdle(scope);
            }

            var tokens = State.Tokens;
            UseUpTokensInto(node.Id, scope);
            for (var o = 0; o < outcomes.Count; o++)
            {
                var outcome = outcomes[o];
                if (!node.Outgoing.TryGetValue(outcome, out var edges))
                {
                    continue;
                }

                foreach (var edge in edges)
                {
                    tokens.Add(new FlowToken { From = node.Id, Port = outcome, To = edge.Target.Id, Scope = scope });
                }

                foreach (var edge in edges)
                {
                    Arrive(edge, scope);
                }
            }

            return scope is null || FinishBodyIfIdle(scope);
        }

        // Loops instead of LINQ here: this runs after every activity (docs/benchmarks.md (a)).
        private void UseUpTokensInto(string activityId, string? scope)
        {
            var tokens = State.Tokens;
            for (var i = tokens.Count - 1; i >= 0; i--)
            {
                // A blocked token not yet swallowed stays: it is for a branch still to arrive.
                var token = tokens[i];
                if (token.To == activityId && token.Scope == scope && !(token.Blocked && !token.Consumed))
                {
                    tokens.RemoveAt(i);
                }
            }
        }

        private bool AnyFeederPending(BlueprintNode target, BlueprintNode completed, string? scope)
        {
            var tokens = State.Tokens;
            var feeders = target.ForwardIncoming;
            for (var f = 0; f < feeders.Count; f++)
            {
                var inbound = feeders[f];

                // The activity that just completed has used up its tokens.
                if (inbound.Source == completed)
                {
                    continue;
                }

                for (var i = 0; i < tokens.Count; i++)
                {
                    if (tokens[i].IsLive && tokens[i].To == inbound.Source.Id && tokens[i].Scope == scope)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private void Arrive(BlueprintEdge edge, string? scope)
        {
            var target = edge.Target;
            var tokens = State.Tokens;
            switch (MergeModeOf(target))
            {
                case MergeMode.Cascade:
                    _queue.Enqueue(new Work(target, edge, scope, null));
                    break;
                case MergeMode.Race:
                    CancelRaceAncestors(target, scope);
                    var lost = tokens.Find(t => t is { Blocked: true, Consumed: false } && t.Travels(edge, scope));
                    if (lost is not null)
                    {
                        lost.Consumed = true;
                        break;
                    }

                    _queue.Enqueue(new Work(target, edge, scope, null));
                    foreach (var other in target.ForwardIncoming.Where(e => e.Source != edge.Source))
                    {
                        tokens.Add(new FlowToken { From = other.Source.Id, Port = other.Connection.SourcePort, To = target.Id, Blocked = true, Scope = scope });
                    }

                    break;
                case MergeMode.Merge:
                    EnqueueWhenAllDelivered(target, target.ForwardIncoming, edge, scope);
                    break;
                case MergeMode.Converge:
                    EnqueueWhenAllDelivered(target, target.Incoming, edge, scope);
                    break;
                default:
                    // Stream: go on once no activity feeding the target is itself still waiting to run or to finish.
                    if (!AnyFeederPending(target, edge.Source, scope))
                    {
                        _queue.Enqueue(new Work(target, edge, scope, null));
                    }

                    break;
            }
        }

        private void EnqueueWhenAllDelivered(BlueprintNode target, IReadOnlyList<BlueprintEdge> inbound, BlueprintEdge via, string? scope)
        {
            if (inbound.Count <= 1 || inbound.All(e => State.Tokens.Exists(t => t.IsLive && t.Travels(e, scope))))
            {
                _queue.Enqueue(new Work(target, via, scope, null));
            }
        }

        private MergeMode MergeModeOf(BlueprintNode target)
        {
            if (target.Type.ClrType == typeof(FlowJoin))
            {
                // Elsa reads a join's own mode: wait-any races, the wait-all modes merge.
                var mode = new ActivityContext(this, target, null, null).BindInput<FlowJoinInput>().Mode;
                return mode == FlowJoinMode.WaitAny ? MergeMode.Race : MergeMode.Merge;
            }

            return target.MergeMode == MergeMode.None ? MergeMode.Stream : target.MergeMode;
        }

        private void CancelRaceAncestors(BlueprintNode target, string? scope)
        {
            // As in Elsa, a race cancels the branches that are waiting (also a loop whose body waits); an ancestor only
            // scheduled so far still runs in this burst, and its arrival is swallowed by the blocked token the winner left.
            var ancestors = target.ForwardAncestors;
            var waiting = State.Bookmarks.Where(b => b.Scope == scope && ancestors.Contains(b.ActivityId)).ToList();
            var loops = State.Containers?.Where(r => r.Scope == scope && ancestors.Contains(r.ActivityId)).ToList() ?? [];
            if (waiting.Count == 0 && loops.Count == 0)
            {
                return;
            }

            var cancelled = new HashSet<string>(StringComparer.Ordinal);
            foreach (var bookmark in waiting)
            {
                RemoveBookmark(bookmark);
                cancelled.Add(bookmark.ActivityId);
                Log(blueprint.Nodes[bookmark.ActivityId], ActivityExecutionStatus.Cancelled, now, false, [], null, null);
            }

            foreach (var loop in loops)
            {
                CancelRun(loop);
                cancelled.Add(loop.ActivityId);
            }

            // A cancelled branch delivers nothing: its tokens neither hold back nor feed anything any more.
            State.Tokens.RemoveAll(t => t.Scope == scope && (cancelled.Contains(t.From) || cancelled.Contains(t.To)));
        }

        /// <summary>
        /// A container asked to run its body: a body run (with its own variables) per entry, each starting where the body
        /// starts. An empty body has finished at once, so the container is asked again through the queue (never by
        /// recursion: a loop over many items stays flat, and a loop that never ends meets the burst's limit).
        /// </summary>
        private void RunBody(Work work, ActivityResult result)
        {
            var run = work.Container;
            if (run is null)
            {
                run = new ContainerRun { Id = Ids.New(now), ActivityId = work.Node.Id, Scope = work.Scope };
                (State.Containers ??= []).Add(run);
            }

            run.State = result.ContainerState;
            if (work.Node.BodyStart.Count == 0 || result.Bodies.Count == 0)
            {
                _queue.Enqueue(new Work(work.Node, null, work.Scope, run));
                return;
            }

            foreach (var variables in result.Bodies)
            {
                var body = new BodyScope { Id = Ids.New(now) };
                foreach (var (name, value) in variables)
                {
                    body.Variables[name] = value?.DeepClone();
                }

                run.Bodies.Add(body);
                foreach (var start in work.Node.BodyStart)
                {
                    _queue.Enqueue(new Work(start, null, body.Id, null));
                }
            }
        }

        /// <summary>
        /// Ends the body run <paramref name="scope"/> when nothing in it is scheduled, waits or runs a body of its own
        /// (Elsa's nested flowchart completes then); the last body of a container hands back to the container. True:
        /// the workflow goes on.
        /// </summary>
        private bool FinishBodyIfIdle(string scope)
        {
            foreach (var queued in _queue)
            {
                if (queued.Scope == scope)
                {
                    return true;
                }
            }

            if (State.Bookmarks.Exists(b => b.Scope == scope) || State.Containers!.Exists(r => r.Scope == scope))
            {
                return true;
            }

            var (run, body) = FindBody(scope);
            run.Bodies.Remove(body);

            // Tokens left wait for branches never taken; as at the root, they hold nothing back once the body is done.
            State.Tokens.RemoveAll(t => t.Scope == scope);
            if (run.Bodies.Count == 0)
            {
                _queue.Enqueue(new Work(blueprint.Nodes[run.ActivityId], null, run.Scope, run));
            }

            return true;
        }

        // Elsa.Break stops the innermost loop around it that handles a break (ForEach, For, While); a parallel loop and a plain
        // container pass it on. With none around it, Break only completes its own flowchart.
        private void MarkLoopBreaking(string scope)
        {
            for (string? current = scope; current is not null;)
            {
                var (run, _) = FindBody(current);
                if (blueprint.Nodes[run.ActivityId].Type.HandlesBreak)
                {
                    run.Breaking = true;
                    return;
                }

                current = run.Scope;
            }
        }

        /// <summary>Cancels everything inside the body run <paramref name="scope"/>: what is scheduled, what waits, nested loops.</summary>
        private void CancelWithin(string scope)
        {
            foreach (var nested in State.Containers!.Where(r => r.Scope == scope).ToList())
            {
                CancelRun(nested);
            }

            RemoveQueued(w => w.Scope == scope);
            foreach (var bookmark in State.Bookmarks.Where(b => b.Scope == scope).ToList())
            {
                RemoveBookmark(bookmark);
                Log(blueprint.Nodes[bookmark.ActivityId], ActivityExecutionStatus.Cancelled, now, false, [], null, null);
            }

            State.Tokens.RemoveAll(t => t.Scope == scope);
        }

        private void CancelRun(ContainerRun run)
        {
            foreach (var body in run.Bodies)
            {
                CancelWithin(body.Id);
            }

            RemoveQueued(w => w.Container == run);
            State.Containers!.Remove(run);
            Log(blueprint.Nodes[run.ActivityId], ActivityExecutionStatus.Cancelled, now, false, [], null, null);
        }

        private void RemoveQueued(Func<Work, bool> cancelled)
        {
            var remaining = _queue.Where(w => !cancelled(w)).ToList();
            _queue.Clear();
            foreach (var work in remaining)
            {
                _queue.Enqueue(work);
            }
        }

        private bool JoinFires(BlueprintNode join, BlueprintEdge via)
        {
            if (!State.JoinTokens.TryGetValue(join.Id, out var tokens))
            {
                tokens = [];
                State.JoinTokens[join.Id] = tokens;
            }

            if (!tokens.Contains(via.Connection.Key))
            {
                tokens.Add(via.Connection.Key);
            }

            var mode = new ActivityContext(this, join, null, null).BindInput<FlowJoinInput>().Mode;
            var allArrived = join.Incoming.All(e => tokens.Contains(e.Connection.Key));
            if (mode == FlowJoinMode.WaitAll)
            {
                if (allArrived)
                {
                    State.JoinTokens.Remove(join.Id);
                }

                return allArrived;
            }

            if (tokens.Count > 1)
            {
                return false;
            }

            // WaitAny: the first branch wins; the branches racing it are cancelled, so none arrives late.
            State.JoinTokens.Remove(join.Id);
            CancelCompetitors(join);
            return true;
        }

        private void CancelCompetitors(BlueprintNode join)
        {
            bool IsCompetitor(string activityId) => join.Ancestors.Contains(activityId) && !join.Descendants.Contains(activityId);

            foreach (var bookmark in State.Bookmarks.Where(b => IsCompetitor(b.ActivityId)).ToList())
            {
                RemoveBookmark(bookmark);
                Log(blueprint.Nodes[bookmark.ActivityId], ActivityExecutionStatus.Cancelled, now, false, [], null, null);
            }

            var remaining = _queue.Where(item => !IsCompetitor(item.Node.Id) || item.Node == join).ToList();
            _queue.Clear();
            foreach (var item in remaining)
            {
                _queue.Enqueue(item);
            }
        }

        private void Fault(BlueprintNode node, string reason, DateTimeOffset startedAt, string? message = null)
        {
            State.Incidents.Add(new Incident
            {
                Id = Ids.New(now),
                ActivityId = node.Id,
                ActivityType = node.Activity.Type,
                Message = reason,
                Timestamp = now,
            });
            Log(node, ActivityExecutionStatus.Faulted, startedAt, false, [], message ?? reason, null);
            Cancel(WorkflowSubStatus.Faulted);
        }

        private void Cancel(WorkflowSubStatus subStatus)
        {
            _queue.Clear();
            foreach (var bookmark in State.Bookmarks.Count == 0 ? [] : State.Bookmarks.ToList())
            {
                RemoveBookmark(bookmark);
                if (subStatus == WorkflowSubStatus.Cancelled && blueprint.Nodes.TryGetValue(bookmark.ActivityId, out var node))
                {
                    Log(node, ActivityExecutionStatus.Cancelled, now, false, [], null, null);
                }
            }

            State.JoinTokens.Clear();
            State.Tokens.Clear();
            State.Containers = null;
            instance.Status = WorkflowStatus.Finished;
            instance.SubStatus = subStatus;
            instance.FinishedAt = now;
        }

        private void RemoveBookmark(Bookmark bookmark)
        {
            State.Bookmarks.Remove(bookmark);
            if (_added.Remove(bookmark))
            {
                return;
            }

            _removed.Add(bookmark.Id);
            _removedMayOwnRows |= bookmark.OwnsRows != false;
        }

        private void Log(
            BlueprintNode node, ActivityExecutionStatus status, DateTimeOffset startedAt, bool resumed,
            IReadOnlyList<string> outcomes, string? message, object? output)
        {
            _log.Add(new ActivityExecutionRecord
            {
                Id = Ids.New(now),
                WorkflowInstanceId = instance.Id,
                Sequence = ++State.ExecutionSequence,
                ActivityId = node.Id,
                ActivityNodeId = node.Activity.NodeId,
                ActivityType = node.Activity.Type,
                ActivityName = node.Activity.Name,
                Status = status,
                Resumed = resumed,
                Outcomes = outcomes,
                Message = message,
                Output = output is null ? null : JsonSerializer.SerializeToNode(output, output.GetType(), WorkflowJson.Options),
                StartedAt = startedAt,
                CompletedAt = now,
            });
        }

        private BurstResult Finish()
        {
            if (State.Containers is { Count: 0 })
            {
                State.Containers = null;
            }

            if (instance.Status == WorkflowStatus.Running)
            {
                if (State.Bookmarks.Count == 0)
                {
                    // Tokens left now wait for branches that were never taken; nothing can move them any more.
                    State.Tokens.Clear();
                    instance.Status = WorkflowStatus.Finished;
                    instance.SubStatus = WorkflowSubStatus.Finished;
                    instance.FinishedAt = now;
                }
                else
                {
                    instance.SubStatus = WorkflowSubStatus.Suspended;
                }
            }

            if (instance.CorrelationId != _correlationAtStart)
            {
                RekeyBookmarks();
            }

            if (instance.Status == WorkflowStatus.Finished && State.ParentWaits)
            {
                // Stored in this burst's commit: the parent resumes exactly once however the processes fare after it.
                AddStimulus(ChildWorkflows.Finished(instance, _completionOutcomes, now));
            }

            instance.UpdatedAt = now;
            return new BurstResult
            {
                Instance = instance,
                Changed = true,
                ExecutionLog = _log,
                AddedBookmarks = _added,
                RemovedBookmarkIds = _removed,
                RemovedBookmarksMayOwnRows = _removedMayOwnRows,
                Effects = _effects,
                NewStimuli = _newStimuli ?? [],
            };
        }

        private void RekeyBookmarks()
        {
            // Signals find bookmarks by correlation id, so stored bookmarks must carry the new one.
            for (var i = 0; i < State.Bookmarks.Count; i++)
            {
                var bookmark = State.Bookmarks[i];
                if (bookmark.CorrelationId == instance.CorrelationId)
                {
                    continue;
                }

                var rekeyed = bookmark with { CorrelationId = instance.CorrelationId };
                State.Bookmarks[i] = rekeyed;
                var added = _added.IndexOf(bookmark);
                if (added >= 0)
                {
                    _added[added] = rekeyed;
                }
                else
                {
                    _removed.Add(bookmark.Id);
                    _removedMayOwnRows |= bookmark.OwnsRows != false;
                    _added.Add(rekeyed);
                }
            }
        }

        public void Dispose() => _javaScript?.Dispose();

        /// <summary>
        /// One step for the queue: an activity to run, the connection that brought the flow (legacy joins), the body run it
        /// runs in (null: the root flowchart) and, for a container whose bodies have finished, its run.
        /// </summary>
        private readonly record struct Work(BlueprintNode Node, BlueprintEdge? Via, string? Scope, ContainerRun? Container);

        private BurstResult Unchanged() => new() { Instance = instance, Changed = false };
    }
}
