using System.Text;
using System.Text.RegularExpressions;
using Velferd.Workflows.Core.Identity;

namespace Velferd.Workflows.Host.Access;

/// <summary>
/// Masks fødselsnummer and D-numbers in the JSON answers of the instance views (<c>/api/instances</c>, the designer's
/// instance, variables, journal, execution state and activity executions under <c>/elsa/api</c>, and deadlines), the task
/// inbox (<c>/api/tasks</c>: a task's form data may hold the child's number), notifications and a meeting read by its own id
/// (<c>/api/meetings</c>: its record's free text may name the child's number), and meldinger and investigations
/// (<c>/api/reports</c>, <c>/api/investigations</c>: a reporter may type a number into the melding's text):
/// those show a case's workflow to process owners and caseworkers outside the case view, where the full number is
/// not needed (issue 17). A valid number keeps its last five digits (<c>******50010</c>): enough to tell two children
/// of one family apart, while the date of birth is hidden. Only runs of eleven digits that pass the check-digit test
/// are masked, so ids and amounts are left alone. The case view (<c>/api/cases/…</c>) is not masked.
/// </summary>
public static partial class IdentityNumberMasking
{
    private static readonly string[] MaskedPaths =
    [
        "/api/instances",
        "/api/deadlines",
        "/api/tasks",
        "/api/notifications",
        "/api/meetings",
        "/api/reports",
        "/api/investigations",
        "/elsa/api/workflow-instances",
        "/elsa/api/activity-executions",
        "/elsa/api/activity-execution-summaries",
        "/elsa/api/bulk-actions/export/workflow-instances",
    ];

    /// <summary>The text with every valid identity number masked.</summary>
    public static string Mask(string text, IIdentityNumberValidator validator) =>
        ElevenDigits().Replace(text, match => LooksLikeANumber(validator.Check(match.Value)) ? $"******{match.Value[6..]}" : match.Value);

    // A synthetic test number is still a person's number to mask, also where the settings refuse it as input.
    private static bool LooksLikeANumber(IdentityNumberCheck check) => check.Problem is null or IdentityNumberProblem.SyntheticNotAllowed;

    /// <summary>Masks the answers of the instance views.</summary>
    public static IApplicationBuilder UseIdentityNumberMasking(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!MaskedPaths.Any(path => context.Request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase)))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        buffer.Position = 0;
        if (context.Response.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            await buffer.CopyToAsync(original, context.RequestAborted);
            return;
        }

        var validator = context.RequestServices.GetRequiredService<IIdentityNumberValidator>();
        var masked = Encoding.UTF8.GetBytes(Mask(Encoding.UTF8.GetString(buffer.ToArray()), validator));
        context.Response.ContentLength = masked.Length;
        await original.WriteAsync(masked, context.RequestAborted);
    });

    [GeneratedRegex(@"(?<!\d)\d{11}(?!\d)")]
    private static partial Regex ElevenDigits();
}
