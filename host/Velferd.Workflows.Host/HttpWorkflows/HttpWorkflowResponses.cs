using System.Text.Json.Nodes;
using Velferd.Workflows.Activities.Http;
using Velferd.Workflows.Core.Instances;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Host.HttpWorkflows;

/// <summary>
/// The answer to the request that started an instance: the first response its start burst wrote
/// (<see cref="WriteHttpResponse"/>'s output in the journal), sent once the burst has ended. Every answer names the
/// instance in <c>x-elsa-workflow-instance-id</c>, as the designer's run does.
/// </summary>
public sealed class HttpWorkflowResponses(IWorkflowInstanceStore instances)
{
    private const string WriteHttpResponseType = "Elsa.WriteHttpResponse";

    // Set by the host itself, or able to take over the caller's session.
    private static readonly HashSet<string> ReservedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Content-Type", "Content-Length", "Transfer-Encoding", "Set-Cookie", "Connection",
    };

    /// <summary>Answers <paramref name="context"/>'s request for the instance it started.</summary>
    public async Task<IResult> AnswerAsync(string instanceId, HttpContext context, CancellationToken cancellationToken)
    {
        context.Response.Headers["x-elsa-workflow-instance-id"] = instanceId;
        var log = await instances.GetExecutionLogAsync(instanceId, cancellationToken);
        var written = log.FirstOrDefault(r => r is { ActivityType: WriteHttpResponseType, Status: ActivityExecutionStatus.Completed })?.Output as JsonObject;
        if (written is null)
        {
            var instance = await instances.FindAsync(instanceId, cancellationToken);
            return instance?.SubStatus == WorkflowSubStatus.Faulted
                ? TypedResults.Problem(
                    statusCode: StatusCodes.Status500InternalServerError,
                    title: "Arbeidsflyten stoppet med en feil",
                    detail: "Arbeidsflyten stoppet med en feil før den svarte; se forløpsinstansen i designeren.")
                : TypedResults.Ok();
        }

        var status = written["statusCode"]?.GetValue<int>() ?? StatusCodes.Status200OK;
        foreach (var (name, value) in written["responseHeaders"] as JsonObject ?? [])
        {
            if (!ReservedHeaders.Contains(name) && value is JsonValue header)
            {
                context.Response.Headers[name] = header.ToString();
            }
        }

        var contentType = written["contentType"]?.GetValue<string>();
        return written["content"] switch
        {
            null => TypedResults.StatusCode(status),
            JsonValue text when text.TryGetValue<string>(out var s) => TypedResults.Text(s, contentType ?? "text/plain; charset=utf-8", statusCode: status),
            var json => TypedResults.Text(json.ToJsonString(), contentType ?? "application/json; charset=utf-8", statusCode: status),
        };
    }
}
