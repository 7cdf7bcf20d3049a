using Microsoft.Extensions.Options;
using Velferd.Workflows.Core.Identity;

namespace Velferd.Workflows.Testing.Identity;

/// <summary>The R-57 validator as production configures it, or as Development does (synthetic numbers accepted).</summary>
public static class TestIdentityNumbers
{
    /// <summary>A validator that accepts synthetic test numbers only when <paramref name="allowSyntheticNumbers"/>.</summary>
    public static IIdentityNumberValidator Validator(bool allowSyntheticNumbers = false) =>
        new ModulusElevenIdentityNumberValidator(Options.Create(new IdentityNumberOptions { AllowSyntheticNumbers = allowSyntheticNumbers }));
}
