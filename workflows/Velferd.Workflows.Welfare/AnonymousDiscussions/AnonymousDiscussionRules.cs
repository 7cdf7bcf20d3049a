using Velferd.Workflows.Core;
using Velferd.Workflows.Core.Runtime;

namespace Velferd.Workflows.Welfare.AnonymousDiscussions;

/// <summary>
/// Records an anonymous discussion (R-33). It can hold no identifier by construction (there is no field for one); a
/// text that contains something shaped like a fødselsnummer or D-number is refused, since free text is where one would
/// slip in. Names and addresses cannot be told from other words, so the form asks for none.
/// </summary>
public static class AnonymousDiscussionRules
{
    /// <summary>The longest question or advice.</summary>
    public const int MaxTextLength = 4000;

    /// <summary>Records <paramref name="input"/>; every problem at once.</summary>
    public static CaseChange<AnonymousDiscussion> Record(AnonymousDiscussionInput input, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        TextRules.Required(input.Question, "question", "Spørsmål", MaxTextLength, errors);
        TextRules.Limit(input.Advice, "advice", MaxTextLength, errors);
        foreach (var (field, text) in new[] { ("question", input.Question), ("advice", input.Advice) })
        {
            if (IdentifierText.HasIdentityNumber(text))
            {
                errors.Add(field, "Teksten ser ut til å inneholde et fødselsnummer eller D-nummer; en anonym drøfting kan ikke lagre identifiserende opplysninger (R-33).");
            }
        }

        if (input.AgeBand is null || !AgeBands.All.Contains(input.AgeBand))
        {
            errors.Add("ageBand", $"Ukjent aldersgruppe. Gyldige: {string.Join(", ", AgeBands.Ordered)}.");
        }

        if (!errors.IsEmpty)
        {
            return new CaseChange<AnonymousDiscussion>.Invalid(errors);
        }

        return new CaseChange<AnonymousDiscussion>.Applied(
            new AnonymousDiscussion(Ids.New(now), now, input.Question!.Trim(), input.AgeBand!, TextRules.Trimmed(input.Advice)), []);
    }
}
