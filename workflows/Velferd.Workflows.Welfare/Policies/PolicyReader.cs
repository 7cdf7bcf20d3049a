using Microsoft.Extensions.Options;

namespace Velferd.Workflows.Welfare.Policies;

/// <summary>The policy in force: the newest stored version, or the shipped defaults.</summary>
public sealed class PolicyReader(IPolicyStore store, IOptions<WelfareOptions> options)
{
    /// <summary>The municipality served.</summary>
    public string Municipality => options.Value.Municipality;

    /// <summary>The policy in force for <see cref="Municipality"/>.</summary>
    public async Task<WelfarePolicy> CurrentAsync(CancellationToken cancellationToken) =>
        await store.FindCurrentAsync(Municipality, cancellationToken) ?? WelfarePolicy.Defaults(Municipality);
}
