using Velferd.Workflows.Activities.FiksIo;

namespace Velferd.Workflows.Tests.Activities;

public sealed class ConcernReportSchemaTests
{
    private const string Reporter = """ "melder": { "kategori": "skole" }, "bekymring": "tekst" """;

    [Theory]
    [InlineData("""{ "fodselsnummer": "14831650010" }""", true)]
    [InlineData("""{ "fodselsnummer": "12345678901", "ufoedt": false }""", true)]   // AS-09: bad check digits pass the schema
    [InlineData("""{ "ufoedt": true, "termindato": "2026-12-01" }""", true)]
    [InlineData("""{ "ufoedt": true, "fodselsnummer": "14831650010" }""", false)]   // AS-09: unborn with a number
    [InlineData("""{ "fodselsnummer": "14831650010", "termindato": "2026-12-01" }""", false)] // a due date for a born child
    [InlineData("""{ "fodselsnummer": "1483165001" }""", false)]
    [InlineData("""{ "orientert": true }""", false)]
    public async Task Validate_Child_FollowsTheBornOrUnbornRule(string child, bool valid)
    {
        var json = $$"""{ {{Reporter}}, "barn": [ {{child}} ] }""";

        var errors = await new ConcernReportSchema().ValidateAsync(json, TestContext.Current.CancellationToken);

        Assert.Equal(valid, errors.Count == 0);
    }

    [Theory]
    [InlineData("""{ "barn": [ { "fodselsnummer": "14831650010" } ], "bekymring": "tekst" }""")]
    [InlineData("""{ "melder": { "kategori": "skole" }, "barn": [], "bekymring": "tekst" }""")]
    [InlineData("""{ "melder": { "kategori": "skole" }, "barn": [ { "fodselsnummer": "14831650010" } ] }""")]
    [InlineData("not json")]
    public async Task Validate_MissingPartsOrNotJson_HasErrorsWithoutValues(string json)
    {
        var errors = await new ConcernReportSchema().ValidateAsync(json, TestContext.Current.CancellationToken);

        Assert.NotEmpty(errors);
        Assert.DoesNotContain(errors, e => e.Contains("14831650010", StringComparison.Ordinal));
    }
}
