using Velferd.Workflows.Studio.SignIn;

namespace Velferd.Workflows.Tests.Studio.SignIn;

/// <summary>A token source for tests: answers what <see cref="Next"/> gives and counts the renewals asked of it.</summary>
public sealed class TokenRenewals : ITokenRenewal
{
    private int _calls;

    /// <summary>The next answer (null: refused).</summary>
    public Func<Task<SessionTokens?>> Next { get; set; } = () => Task.FromResult<SessionTokens?>(null);

    /// <summary>How many renewals were asked.</summary>
    public int Calls => _calls;

    /// <summary>The refresh tokens the renewals were given.</summary>
    public List<string?> RefreshTokensGiven { get; } = [];

    /// <inheritdoc />
    public Task<SessionTokens?> RenewAsync(StudioUser user, SessionTokens current, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        lock (RefreshTokensGiven)
        {
            RefreshTokensGiven.Add(current.RefreshToken);
        }

        return Next();
    }
}
