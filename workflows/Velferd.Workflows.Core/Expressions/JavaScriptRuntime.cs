using System.Text.RegularExpressions;
using Acornima;
using Acornima.Ast;
using Jint;
using Jint.Runtime;

namespace Velferd.Workflows.Core.Expressions;

/// <summary>
/// One Jint engine per burst, with the workflow's functions (<c>getVariable</c>, <c>setVariable</c>,
/// <c>getInput</c>, <c>setOutcome</c>) and the limits from <see cref="JavaScriptOptions"/>. A broken limit or a
/// script error becomes an <see cref="ExpressionEvaluationException"/> with a message an operator can act on.
/// </summary>
public sealed class JavaScriptRuntime : IDisposable
{
    private readonly Engine _engine;
    private readonly JavaScriptOptions _options;
    private readonly List<string> _requestedOutcomes = [];

    /// <summary>Creates the engine for one burst.</summary>
    public JavaScriptRuntime(IExpressionScope scope, JavaScriptOptions options)
    {
        _options = options;
        _engine = new Engine(o =>
        {
            o.TimeoutInterval(options.Timeout)
                .MaxStatements(options.MaxStatements)
                .LimitMemory(options.MaxMemoryBytes)
                .LimitRecursion(options.MaxRecursionDepth);

            // A single match runs inside .NET's regex engine, where Jint's clock cannot interrupt it: without its own
            // timeout (Jint's default is 10 s) one catastrophic pattern overran the script's limit by that much.
            o.Constraints.RegexTimeout = options.Timeout;
        });
        _engine.SetValue("getVariable", new Func<string, object?>(name => JsonValues.ToPlain(scope.GetVariable(name))));
        _engine.SetValue("setVariable", new Action<string, object?>((name, value) => scope.SetVariable(name, JsonValues.FromPlain(value))));
        _engine.SetValue("getInput", new Func<string, object?>(name =>
            scope.WorkflowInput.TryGetValue(name, out var value) ? JsonValues.ToPlain(value) : null));
        _engine.SetValue("getWorkflowInstanceId", new Func<string>(() => scope.WorkflowInstanceId));
        _engine.SetValue("getCorrelationId", new Func<string?>(() => scope.CorrelationId));
        _engine.SetValue("setCorrelationId", new Action<string?>(value => scope.CorrelationId = value));
        _engine.SetValue("getOutputFrom", new Func<string, string?, object?>((activity, output) => JsonValues.ToPlain(scope.GetActivityOutput(activity, output))));
        _engine.SetValue("setOutcome", new Action<string>(_requestedOutcomes.Add));
        _engine.SetValue("setOutcomes", new Action<object[]>(outcomes =>
            _requestedOutcomes.AddRange(outcomes.Select(o => Convert.ToString(o, System.Globalization.CultureInfo.InvariantCulture) ?? ""))));
        AddGeneratedHelpers(scope);
    }

    private void AddGeneratedHelpers(IExpressionScope scope)
    {
        var blueprint = scope.Blueprint;
        if (blueprint.HasBodies)
        {
            // A loop's body reads its item as Elsa's body does; outside a body they give nothing.
            Define("getCurrentValue", new Func<object?>(() => JsonValues.ToPlain(scope.GetVariable("CurrentValue"))));
            Define("getCurrentIndex", new Func<object?>(() => JsonValues.ToPlain(scope.GetVariable("CurrentIndex"))));
        }

        foreach (var variable in blueprint.Variables)
        {
            var name = variable.Name;
            Define(ScriptHelpers.Getter(name), new Func<object?>(() => JsonValues.ToPlain(scope.GetVariable(name))));
            Define(ScriptHelpers.Setter(name), new Action<object?>(value => scope.SetVariable(name, JsonValues.FromPlain(value))));
        }

        // As in Elsa, the inputs' getters come after the variables' and win over one of the same name.
        foreach (var name in scope.WorkflowInput.Keys)
        {
            var input = name;
            Define(ScriptHelpers.Getter(input), new Func<object?>(() => JsonValues.ToPlain(scope.WorkflowInput.GetValueOrDefault(input))));
        }

        if (!blueprint.RecordsActivityOutputs)
        {
            return;
        }

        foreach (var reference in blueprint.ActivityOutputs)
        {
            var (activityId, output) = (reference.ActivityId, reference.Output);
            Define(ScriptHelpers.OutputGetter(output, reference.Activity), new Func<object?>(() => JsonValues.ToPlain(scope.GetActivityOutput(activityId, output))));
        }
    }

    private void Define(string function, Delegate value)
    {
        if (ScriptHelpers.MayGenerate(function))
        {
            _engine.SetValue(function, value);
        }
    }

    /// <summary>Outcomes a script asked for with <c>setOutcome</c> since the last <see cref="ClearRequestedOutcomes"/>.</summary>
    public IReadOnlyList<string> RequestedOutcomes => _requestedOutcomes;

    /// <summary>Forgets outcomes requested by an earlier script.</summary>
    public void ClearRequestedOutcomes() => _requestedOutcomes.Clear();

    /// <summary>Parses a script once, for reuse across evaluations.</summary>
    /// <exception cref="ScriptPreparationException">The script is not valid JavaScript.</exception>
    public static Prepared<Script> Prepare(string source) => Engine.PrepareScript(source, strict: false);

    /// <summary>Returns the syntax error in <paramref name="source"/>, or null when it parses.</summary>
    public static string? FindSyntaxError(string source)
    {
        try
        {
            Prepare(source);
            return null;
        }
        catch (ScriptPreparationException e) when (e.InnerException is ParseErrorException parse)
        {
            return $"JavaScript syntax error: {parse.Description} (line {parse.LineNumber}, column {parse.Column})";
        }
    }

    /// <inheritdoc />
    public void Dispose() => _engine.Dispose();

    /// <summary>Runs a prepared script and returns its completion value as a plain .NET value.</summary>
    public object? Evaluate(in Prepared<Script> script)
    {
        try
        {
            return _engine.Evaluate(script).ToObject();
        }
        catch (Exception e) when (e is TimeoutException or RegexMatchTimeoutException)
        {
            throw new ExpressionEvaluationException($"JavaScript ran longer than the limit of {_options.Timeout.TotalMilliseconds:0} ms.", e);
        }
        catch (StatementsCountOverflowException e)
        {
            throw new ExpressionEvaluationException($"JavaScript executed more than the limit of {_options.MaxStatements} statements.", e);
        }
        catch (MemoryLimitExceededException e)
        {
            throw new ExpressionEvaluationException($"JavaScript allocated more than the limit of {_options.MaxMemoryBytes} bytes.", e);
        }
        catch (RecursionDepthOverflowException e)
        {
            throw new ExpressionEvaluationException($"JavaScript recursed deeper than the limit of {_options.MaxRecursionDepth} calls.", e);
        }
        catch (JavaScriptException e)
        {
            throw new ExpressionEvaluationException($"JavaScript error: {e.Message} (line {e.Location.Start.Line})", e);
        }
        catch (JintException e)
        {
            throw new ExpressionEvaluationException($"JavaScript error: {e.Message}", e);
        }
    }
}
