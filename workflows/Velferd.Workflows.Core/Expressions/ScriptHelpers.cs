namespace Velferd.Workflows.Core.Expressions;

/// <summary>
/// The JavaScript functions Elsa generates for a definition, named as Elsa names them: <c>getMyVar()</c> and
/// <c>setMyVar(value)</c> for each variable, <c>getMyInput()</c> for each input the instance started with, and
/// <c>getResultFromMyActivity()</c> for each output of each activity (by the activity's name, else its id). A generated
/// name that would hide one of the fixed functions (<c>getVariable</c>, <c>getInput</c>, …) or is no JavaScript name is
/// not generated.
/// </summary>
public static class ScriptHelpers
{
    /// <summary>The functions every script has; generated helpers never replace them.</summary>
    public static readonly IReadOnlySet<string> Fixed = new HashSet<string>(StringComparer.Ordinal)
    {
        "getVariable", "setVariable", "getInput", "getWorkflowInstanceId", "getCorrelationId", "setCorrelationId",
        "setOutcome", "setOutcomes", "getOutputFrom",
    };

    /// <summary>The getter of a variable or an input.</summary>
    public static string Getter(string name) => "get" + PascalCase.Of(name);

    /// <summary>The setter of a variable.</summary>
    public static string Setter(string name) => "set" + PascalCase.Of(name);

    /// <summary>The getter of one output of one activity.</summary>
    public static string OutputGetter(string output, string activity) => $"get{PascalCase.Of(output)}From{PascalCase.Of(activity)}";

    /// <summary>True when a helper may be generated under <paramref name="function"/>.</summary>
    public static bool MayGenerate(string function) =>
        !Fixed.Contains(function) && function.Length > 3
        && function.All(c => char.IsLetterOrDigit(c) || c is '_' or '$');
}
