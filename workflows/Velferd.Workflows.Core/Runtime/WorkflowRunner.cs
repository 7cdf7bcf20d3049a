using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Activities.BuiltIn;
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
        private readonly Queue<(BlueprintNode Node, BlueprintEdge? Via)> _queue = new();
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

        public JsonNode? GetVariable(string name) => State.Variables.GetValueOrDefault(name);

        public void SetVariable(string name, JsonNode? value) => State.Variables[name] = value;

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
                    var result = await InvokeAsync(node, bookmark, resume.Payload, cancellationToken);
                    if (!Apply(node, result.Result, result.StartedAt, resumed: true, result.Message))
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
                    var invocation = await InvokeAsync(tested, null, null, cancellationToken);
                    Apply(tested, invocation.Result, invocation.StartedAt, resumed: false, invocation.Message);
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
                _queue.Enqueue((node, null));
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

                var (node, via) = item;
                if (!UsesTokens && node.Type.ClrType == typeof(FlowJoin) && via is not null && !JoinFires(node, via))
                {
                    continue;
                }

                var invocation = await InvokeAsync(node, null, null, cancellationToken);
                if (!Apply(node, invocation.Result, invocation.StartedAt, resumed: false, invocation.Message))
                {
                    return;
                }
            }
        }

        private async Task<(ActivityResult Result, DateTimeOffset StartedAt, string? Message)> InvokeAsync(
            BlueprintNode node, Bookmark? bookmark, JsonNode? payload, CancellationToken cancellationToken)
        {
            var context = new ActivityContext(this, node, payload, bookmark);
            var activity = Resolve(node.Type.ClrType);
            _effectsBeforeInvocation = _effects.Count;
            try
            {
                var result = bookmark is null
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

        private bool Apply(BlueprintNode node, ActivityResult result, DateTimeOffset startedAt, bool resumed, string? message)
        {
            switch (result.Kind)
            {
                case ActivityResultKind.Outcomes:
                    BindOutputs(node, result.Output);
                    if (blueprint.RecordsActivityOutputs && result.Output is { } output)
                    {
                        (State.ActivityOutputs ??= new(StringComparer.Ordinal))[node.Id] = JsonSerializer.SerializeToNode(output, output.GetType(), WorkflowJson.Options)!.AsObject();
                    }

                    Log(node, ActivityExecutionStatus.Completed, startedAt, resumed, result.OutcomeNames, message, result.Output);
                    if (UsesTokens)
                    {
                        return FollowTokens(node, result.OutcomeNames);
                    }

                    foreach (var outcome in result.OutcomeNames)
                    {
                        if (node.Outgoing.TryGetValue(outcome, out var edges))
                        {
                            foreach (var edge in edges)
                            {
                                _queue.Enqueue((edge.Target, edge));
                            }
                        }
                    }

                    return true;
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
        private bool FollowTokens(BlueprintNode node, IReadOnlyList<string> outcomes)
        {
            if (node.Type.Descriptor.IsTerminal)
            {
                Cancel(WorkflowSubStatus.Finished);
                return false;
            }

            var tokens = State.Tokens;
            UseUpTokensInto(node.Id);
            for (var o = 0; o < outcomes.Count; o++)
            {
                var outcome = outcomes[o];
                if (!node.Outgoing.TryGetValue(outcome, out var edges))
                {
                    continue;
                }

                foreach (var edge in edges)
                {
                    tokens.Add(new FlowToken { From = node.Id, Port = outcome, To = edge.Target.Id });
                }

                foreach (var edge in edges)
                {
                    Arrive(edge);
                }
            }

            return true;
        }

        // Loops instead of LINQ here: this runs after every activity (docs/benchmarks.md (a)).
        private void UseUpTokensInto(string activityId)
        {
            var tokens = State.Tokens;
            for (var i = tokens.Count - 1; i >= 0; i--)
            {
                // A blocked token not yet swallowed stays: it is for a branch still to arrive.
                var token = tokens[i];
                if (token.To == activityId && !(token.Blocked && !token.Consumed))
                {
                    tokens.RemoveAt(i);
                }
            }
        }

        private bool AnyFeederPending(BlueprintNode target, BlueprintNode completed)
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
                    if (tokens[i].IsLive && tokens[i].To == inbound.Source.Id)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private void Arrive(BlueprintEdge edge)
        {
            var target = edge.Target;
            var tokens = State.Tokens;
            switch (MergeModeOf(target))
            {
                case MergeMode.Cascade:
                    _queue.Enqueue((target, edge));
                    break;
                case MergeMode.Race:
                    CancelRaceAncestors(target);
                    var lost = tokens.Find(t => t is { Blocked: true, Consumed: false } && t.Travels(edge));
                    if (lost is not null)
                    {
                        lost.Consumed = true;
                        break;
                    }

                    _queue.Enqueue((target, edge));
                    foreach (var other in target.ForwardIncoming.Where(e => e.Source != edge.Source))
                    {
                        tokens.Add(new FlowToken { From = other.Source.Id, Port = other.Connection.SourcePort, To = target.Id, Blocked = true });
                    }

                    break;
                case MergeMode.Merge:
                    EnqueueWhenAllDelivered(target, target.ForwardIncoming, edge);
                    break;
                case MergeMode.Converge:
                    EnqueueWhenAllDelivered(target, target.Incoming, edge);
                    break;
                default:
                    // Stream: go on once no activity feeding the target is itself still waiting to run or to finish.
                    if (!AnyFeederPending(target, edge.Source))
                    {
                        _queue.Enqueue((target, edge));
                    }

                    break;
            }
        }

        private void EnqueueWhenAllDelivered(BlueprintNode target, IReadOnlyList<BlueprintEdge> inbound, BlueprintEdge via)
        {
            if (inbound.Count <= 1 || inbound.All(e => State.Tokens.Exists(t => t.IsLive && t.Travels(e))))
            {
                _queue.Enqueue((target, via));
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

        private void CancelRaceAncestors(BlueprintNode target)
        {
            // As in Elsa, a race cancels the branches that are waiting; an ancestor only scheduled so far still runs
            // in this burst, and its arrival is swallowed by the blocked token the winner left.
            var ancestors = target.ForwardAncestors;
            var waiting = State.Bookmarks.Where(b => ancestors.Contains(b.ActivityId)).ToList();
            if (waiting.Count == 0)
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

            // A cancelled branch delivers nothing: its tokens neither hold back nor feed anything any more.
            State.Tokens.RemoveAll(t => cancelled.Contains(t.From) || cancelled.Contains(t.To));
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

        private BurstResult Unchanged() => new() { Instance = instance, Changed = false };
    }
}
