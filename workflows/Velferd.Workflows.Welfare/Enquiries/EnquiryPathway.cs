using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Velferd.Workflows.Core.Runtime;
using Velferd.Workflows.Core.Stimuli;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Persons;

namespace Velferd.Workflows.Welfare.Enquiries;

/// <summary>
/// Starts the P1 «Én dør inn» instance of a registered henvendelse (correlation id = the case id), with what its
/// decisions need: the channel, who asks, acute or not, the registration instant and Oslo date its deadlines run from
/// and the child's age when the birth date is known (the child's view from 7, R-30).
/// </summary>
/// <remarks>
/// Keyed per case, so a repeat starts nothing twice. The start is stored in the case's own transaction
/// (<see cref="RegistryLookup.AddAsync"/>), so a process that stops right after the commit loses no P1. Logs carry ids only.
/// </remarks>
public sealed partial class EnquiryPathway(WorkflowEngine engine, IOptions<WelfareOptions> options, ILogger<EnquiryPathway> logger)
{
    /// <summary>The P1 start for <paramref name="registered"/>, not yet stored; null when the pathway is not published.</summary>
    public async Task<Stimulus?> PrepareStartAsync(WelfareCase registered, EnquiryInput enquiry, CancellationToken cancellationToken)
    {
        var input = new Dictionary<string, JsonNode?>
        {
            ["saksId"] = registered.Id,
            ["kanal"] = enquiry.Channel,
            ["henvender"] = enquiry.Asker,
            ["akutt"] = enquiry.Acute == true,
            ["registrert"] = registered.CreatedAt.ToString("O", CultureInfo.InvariantCulture),

            // The Oslo date, for «phone the same day» (a date deadline, R-04).
            ["registrertDato"] = OsloDate.Of(registered.CreatedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["barnetsAlder"] = registered.Child.BirthDate is { } born ? Age.On(born, OsloDate.Of(registered.CreatedAt)) : null,
        };
        var (start, problem) = await engine.PrepareStartAsync(
            new StartRequest(options.Value.EnquiryPathway, input, CorrelationId: registered.Id, IdempotencyKey: $"enquiry/{registered.Id}", Team: registered.Team),
            cancellationToken);
        if (start is null)
        {
            LogNotStarted(registered.Id, options.Value.EnquiryPathway, problem?.Problem?.ToString());
        }

        return start;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Henvendelse {CaseId} is stored, but pathway {DefinitionId} did not start ({Problem})")]
    private partial void LogNotStarted(string caseId, string definitionId, string? problem);
}
