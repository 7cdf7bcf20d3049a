using Velferd.Workflows.Activities.Cases;
using Velferd.Workflows.Activities.SvarUt;
using Velferd.Workflows.Core.Activities;
using Velferd.Workflows.Core.Identity;
using Velferd.Workflows.Core.Outbox;
using Velferd.Workflows.Welfare.Cases;
using Velferd.Workflows.Welfare.Letters;
using Velferd.Workflows.Welfare.Reports;

namespace Velferd.Workflows.Activities.DigitalPost;

/// <summary>
/// Sends one of the case's stored letters (<see cref="CaseLetters"/>) by the same outbox operation as
/// <see cref="SendLetter"/>: the handler asks Folkeregisteret and KRR on every attempt, just before sending, and
/// chooses digital post or print by <see cref="LetterChannelRule"/>; a strictly confidential address is never printed
/// . A letter to a melding's reporter goes by SvarUt to a public reporter's organisation, or as a citizen's
/// letter to a private reporter. The outcome is written on the letter and the case's timeline.
/// </summary>
/// <remarks>
/// The recipient's number is read from the case (a reporter's from the melding) when the call is made, so it is never
/// in the pathway's input or variables. A letter already finished (a repeated burst) ends on its stored outcome and sends nothing again.
/// </remarks>
[Activity("Velferd.CaseLetter", Category = "Post og arkiv", DisplayName = "Send brev i saken",
    Description = "Sender et brev i saken etter KRR (digital post eller papir) rett før sending; stoppes med «manuell håndtering påkrevd» ved strengt fortrolig adresse.",
    Kind = ActivityKind.Task,
    Outcomes = [SendLetter.Sent, SendLetter.ManualHandling, Failed])]
public sealed class CaseLetter(ICaseStore cases, ILetterStore letters, IReportStore reports, IIdentityNumberValidator validator)
    : Activity<CaseLetterInput, CaseLetterOutput>
{
    /// <summary>Outcome: the call was given up after an incident.</summary>
    public const string Failed = "Feilet";

    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> ExecuteAsync(CaseLetterInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var (subject, letter, ended) = await LoadQueuedAsync(input, context, cancellationToken);
        if (ended is not null)
        {
            return ended;
        }

        if (letter!.ReportId is { } reportId)
        {
            return await ToReporterAsync(subject!, letter, reportId, context, cancellationToken);
        }

        var number = subject!.Persons.FirstOrDefault(p => p.Id == letter.PersonId)?.Identity.Number;
        if (number is null || !validator.IsValid(number))
        {
            return await FinishAsync(subject, letter, LetterStatus.Blocked, LetterChannels.Blocked, null, "Mottakeren har ikke gyldig fødselsnummer", context, cancellationToken);
        }

        return OutboxCalls.Call(context, new SendLetterRequest(number, letter.Title, $"brev/{letter.Id}"));
    }

    /// <inheritdoc />
    protected override async ValueTask<ActivityResult> ResumeAsync(CaseLetterInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var (subject, letter, ended) = await LoadQueuedAsync(input, context, cancellationToken);
        if (ended is not null)
        {
            return ended;
        }

        // SvarUt answers as digital post does (status, shipment id, channel); its channel is SvarUt's own.
        var reply = OutboxReplies.Read<SendLetterReply>(context.ResumePayload);
        var channel = await ToOrganisationAsync(letter!, cancellationToken) ? LetterChannels.SvarUt
            : reply?.Channel == nameof(LetterChannel.Print) ? LetterChannels.Print
            : LetterChannels.DigitalPost;
        return reply?.Status switch
        {
            SendLetterReply.Sent => await FinishAsync(subject!, letter!, LetterStatus.Sent, channel, reply.ShipmentId, null, context, cancellationToken),
            SendLetterReply.Blocked => await FinishAsync(subject!, letter!, LetterStatus.Blocked, LetterChannels.Blocked, null, reply.Reason, context, cancellationToken),
            _ => await FinishAsync(subject!, letter!, LetterStatus.Failed, null, null, "Sendingen ble gitt opp", context, cancellationToken),
        };
    }

    // a public reporter's organisation by SvarUt, a private reporter as a citizen (KRR, digital post or print);
    // a reporter without a valid address is a letter a person must handle.
    private async Task<ActivityResult> ToReporterAsync(
        WelfareCase subject, Letter letter, string reportId, ActivityContext context, CancellationToken cancellationToken)
    {
        var report = await reports.FindAsync(reportId, cancellationToken);
        var document = $"brev/{letter.Id}";
        if (report is { ReporterCategory: ReporterCategories.Public, ReporterOrganisationNumber: { } organisation } && OrganisationNumber.IsValid(organisation))
        {
            return OutboxCalls.Call(context, new SvarUtShipment(organisation, letter.Title, document, DigitalOnly: false));
        }

        if (report is { ReporterCategory: ReporterCategories.Private, ReporterNumber: { } number } && validator.IsValid(number))
        {
            return OutboxCalls.Call(context, new SendLetterRequest(number, letter.Title, document));
        }

        return await FinishAsync(subject, letter, LetterStatus.Blocked, LetterChannels.Blocked, null, "Melderen har ingen gyldig adresse", context, cancellationToken);
    }

    private async Task<bool> ToOrganisationAsync(Letter letter, CancellationToken cancellationToken) =>
        letter.ReportId is { } reportId && await reports.FindAsync(reportId, cancellationToken) is { ReporterCategory: ReporterCategories.Public };

    // The case and its letter while the letter is still queued; otherwise how the activity ends: a fault for a missing
    // case or letter, the stored outcome for a letter already finished (a burst run again).
    private async Task<(WelfareCase? Case, Letter? Letter, ActivityResult? Ended)> LoadQueuedAsync(
        CaseLetterInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var (subject, letter, fault) = await LoadAsync(input, context, cancellationToken);
        if (fault is not null)
        {
            return (null, null, fault);
        }

        return letter!.Status == LetterStatus.Queued ? (subject, letter, null) : (null, null, Ended(letter));
    }

    private async Task<(WelfareCase? Case, Letter? Letter, ActivityResult? Fault)> LoadAsync(
        CaseLetterInput input, ActivityContext context, CancellationToken cancellationToken)
    {
        var (subject, fault) = await CaseReference.LoadAsync(input.CaseId, context, cases, cancellationToken);
        if (subject is null)
        {
            return (null, null, fault);
        }

        return string.IsNullOrWhiteSpace(input.LetterId) || await letters.FindAsync(input.LetterId.Trim(), cancellationToken) is not { } letter || letter.CaseId != subject.Id
            ? (null, null, ActivityResult.Fault("Input 'LetterId': brevet finnes ikke i saken / no such letter in the case."))
            : (subject, letter, null);
    }

    private async Task<ActivityResult> FinishAsync(
        WelfareCase subject, Letter letter, LetterStatus status, string? channel, string? shipmentId, string? reason, ActivityContext context,
        CancellationToken cancellationToken)
    {
        var (finished, happened) = LetterRules.Finish(subject, letter, status, channel, shipmentId, reason, context.Now);
        if (!await letters.FinishAsync(finished, [happened], cancellationToken))
        {
            finished = await letters.FindAsync(letter.Id, cancellationToken) ?? finished;
        }

        return Ended(finished);
    }

    private static ActivityResult Ended(Letter letter)
    {
        var output = new CaseLetterOutput { Channel = letter.Channel, ShipmentId = letter.ShipmentId, Reason = letter.Reason };
        return letter.Status switch
        {
            LetterStatus.Sent => ActivityResult.Outcome(SendLetter.Sent, output),
            LetterStatus.Blocked => ActivityResult.Outcome(SendLetter.ManualHandling, output),
            _ => ActivityResult.Outcome(Failed, output),
        };
    }
}

/// <summary>Input of <see cref="CaseLetter"/>.</summary>
public sealed record CaseLetterInput
{
    /// <summary>The case.</summary>
    [Input(DisplayName = "Saks-id", Description = "Saken brevet hører til. Tomt = instansens korrelasjons-id, som er saks-id-en.", Order = 0)]
    public string? CaseId { get; init; }

    /// <summary>The stored letter.</summary>
    [Input(DisplayName = "Brev-id", Description = "Brevet som skal sendes (lagret i saken).", IsRequired = true, Order = 1)]
    public string? LetterId { get; init; }
}

/// <summary>Output of <see cref="CaseLetter"/>.</summary>
public sealed record CaseLetterOutput
{
    /// <summary><c>dpi</c>, <c>print</c> or <c>blocked</c>.</summary>
    [Output(DisplayName = "Kanal")]
    public string? Channel { get; init; }

    /// <summary>The shipment id, when sent.</summary>
    [Output(DisplayName = "Forsendelses-id")]
    public string? ShipmentId { get; init; }

    /// <summary>Why it was not sent.</summary>
    [Output(DisplayName = "Årsak")]
    public string? Reason { get; init; }
}
