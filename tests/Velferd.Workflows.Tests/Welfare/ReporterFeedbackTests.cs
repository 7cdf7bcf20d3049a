using Velferd.Workflows.Testing.Welfare;
using Velferd.Workflows.Welfare.Letters;
using Velferd.Workflows.Welfare.Persons;
using Velferd.Workflows.Welfare.Reports;
using Velferd.Workflows.Welfare.Timeline;

namespace Velferd.Workflows.Tests.Welfare;

public sealed class ReporterFeedbackTests
{
    private static readonly DateTimeOffset Now = WelfareCaseBuilder.DefaultNow;

    private static ConcernReport Report(string category, string status, string? organisationNumber = null, string? number = null) => new()
    {
        Id = "melding-1", MeldingId = "m1", ChildIndex = 0, CaseId = "sak1", Municipality = "3201", Team = "bv-vest",
        Child = PersonIdentity.OfFnr(WelfareCaseBuilder.ChildNumber), ChildIdentityStatus = ChildIdentityStatuses.Identified,
        ReceivedAt = new DateTimeOffset(2024, 2, 27, 23, 30, 0, TimeSpan.Zero), RegisteredAt = Now, RegisteredBy = "bjorn",
        Channel = ReportChannels.Digital, ReporterCategory = category, ReporterOrganisationNumber = organisationNumber, ReporterNumber = number,
        Text = "Barnet er ofte redd.", Status = status,
    };

    [Theory]
    [InlineData(ReportStatuses.Investigating, "Det er åpnet undersøkelse.")]
    [InlineData(ReportStatuses.Closed, "Det er ikke åpnet undersøkelse.")]
    [InlineData(ReportStatuses.Attached, "Meldingen inngår i en undersøkelse som pågår.")]
    [InlineData(ReportStatuses.Received, "Det er ennå ikke avgjort om det blir åpnet undersøkelse.")]
    public void For_PublicReporterReceipt_SaysWhetherAnInvestigationWasOpened_AndTheOsloDateOfReceipt(string status, string investigation)
    {
        var (letter, happened) = ReporterFeedback.For(WelfareCaseBuilder.Open().Build(), Report(ReporterCategories.Public, status, "910000004"), ReporterFeedback.Receipt, "system", Now)!.Value;

        Assert.Equal((LetterRules.Reporter, "melding-1", LetterKinds.ReporterFeedback, ReporterFeedback.ReceiptTitle), (letter.PersonId, letter.ReportId, letter.Kind, letter.Title));
        Assert.Contains(investigation, letter.Body, StringComparison.Ordinal);
        Assert.Contains("28. februar 2024", letter.Body, StringComparison.Ordinal);
        Assert.Equal(CaseEventKinds.LetterQueued, happened.Kind);
    }

    [Fact]
    public void For_PrivateReporter_ReceiptOnlyWithNothingAboutAnInvestigation_AndNoLetterAfterTheConclusion()
    {
        var report = Report(ReporterCategories.Private, ReportStatuses.Investigating, number: WelfareCaseBuilder.MotherNumber);
        var subject = WelfareCaseBuilder.Open().Build();

        var receipt = ReporterFeedback.For(subject, report, ReporterFeedback.Receipt, "system", Now)!.Value.Letter;

        Assert.DoesNotContain("undersøkelse", receipt.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Null(ReporterFeedback.For(subject, report, ReporterFeedback.AfterConclusion, "system", Now));
    }

    [Theory]
    [InlineData(ReporterCategories.Anonymous, "910000004", "10858540068")]
    [InlineData(ReporterCategories.Public, null, null)]
    [InlineData(ReporterCategories.Private, null, null)]
    public void For_AnAnonymousReporterOrOneWithoutAnAddress_NoLetter(string category, string? organisationNumber, string? number)
    {
        var report = Report(category, ReportStatuses.Investigating, organisationNumber, number);

        Assert.Null(ReporterFeedback.For(WelfareCaseBuilder.Open().Build(), report, ReporterFeedback.Receipt, "system", Now));
    }

    [Fact]
    public void For_EveryLetter_HoldsNoCaseDetails_NoChildNumberNameOrMeldingText()
    {
        var subject = WelfareCaseBuilder.Open().Build();
        var report = Report(ReporterCategories.Public, ReportStatuses.Investigating, "910000004");

        var bodies = ReporterFeedback.Steps.Select(step => ReporterFeedback.For(subject, report, step, "system", Now)!.Value.Letter)
            .SelectMany(l => new[] { l.Title, l.Body }).ToList();

        Assert.All(bodies, text =>
        {
            Assert.DoesNotContain(WelfareCaseBuilder.ChildNumber, text, StringComparison.Ordinal);
            Assert.DoesNotContain(report.Text, text, StringComparison.Ordinal);
            Assert.True(subject.Child.Name is null || !text.Contains(subject.Child.Name, StringComparison.Ordinal));
        });
    }
}
