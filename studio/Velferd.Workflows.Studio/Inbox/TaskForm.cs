using System.Text.Json.Nodes;
using Velferd.Workflows.Studio.HostApi;

namespace Velferd.Workflows.Studio.Inbox;

/// <summary>
/// The task page's form: its fields, the data to send on completion, and the server's field errors put next to
/// the fields they name (<c>form.{key}</c>); errors about no field (the outcome, say) are kept apart.
/// </summary>
public sealed class TaskForm
{
    private const string FieldPrefix = "form.";

    /// <summary>The form of <paramref name="task"/>.</summary>
    public TaskForm(TaskAnswer task) =>
        Fields = [.. task.Fields.Select(f => new TaskFormField(f, task.Form?[f.Key]))];

    /// <summary>The fields in the order the task declares them.</summary>
    public IReadOnlyList<TaskFormField> Fields { get; }

    /// <summary>Errors of the last submit that belong to no field.</summary>
    public IReadOnlyList<string> OtherErrors { get; private set; } = [];

    /// <summary>The form data: every filled-in field by key.</summary>
    public JsonObject ToJson()
    {
        var data = new JsonObject();
        foreach (var field in Fields)
        {
            if (field.ToJson() is { } value)
            {
                data[field.Key] = value;
            }
        }

        return data;
    }

    /// <summary>Shows a problem's field errors next to their fields; clears those of the last submit.</summary>
    public void ShowErrors(ApiProblem? problem)
    {
        var errors = problem?.FieldErrors ?? new Dictionary<string, string[]>();
        var other = new List<string>();
        foreach (var field in Fields)
        {
            field.Error = null;
        }

        foreach (var (key, messages) in errors)
        {
            var field = key.StartsWith(FieldPrefix, StringComparison.OrdinalIgnoreCase)
                ? Fields.FirstOrDefault(f => string.Equals(f.Key, key[FieldPrefix.Length..], StringComparison.OrdinalIgnoreCase))
                : null;
            if (field is null)
            {
                other.AddRange(messages);
            }
            else
            {
                field.Error = string.Join(" ", messages);
            }
        }

        OtherErrors = other;
    }
}
