using System.Collections.Concurrent;

namespace Velferd.Workflows.Simulator;

/// <summary>
/// What the simulator remembers: pending faults, requests per service, and effects per idempotency key, so tests
/// can prove each effect happened exactly once however often it was asked for.
/// </summary>
public sealed class SimulatorState
{
    private readonly Lock _gate = new();
    private readonly List<FaultRule> _faults = [];
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Service, string Key), EffectRecord> _effects = [];

    /// <summary>The simulated Fiks IO accounts.</summary>
    public FiksIoMailbox FiksIo { get; } = new();

    /// <summary>The simulated Maskinporten.</summary>
    public MaskinportenSimulator Maskinporten { get; } = new();

    /// <summary>The simulated Folkeregister change feed.</summary>
    public FolkeregisterFeed Feed { get; } = new();

    /// <summary>Changes of parental responsibility the simulated Folkeregisteret answers with.</summary>
    public ParentalResponsibilityRegister ParentalResponsibility { get; } = new();

    private readonly ConcurrentDictionary<string, string> _protections = new(StringComparer.Ordinal);

    /// <summary>A person's address protection as the register has it now: changed by <see cref="ChangeAddressProtection"/>, else the test person's.</summary>
    public string AddressProtectionOf(TestPerson person) => _protections.TryGetValue(person.IdentityNumber, out var changed) ? changed : person.AddressProtection;

    /// <summary>Folkeregisteret grades a person's address anew and tells its consumers with an <c>Adressebeskyttelse</c> event.</summary>
    public FeedEvent ChangeAddressProtection(string identityNumber, string protection)
    {
        _protections[identityNumber] = protection;
        return Feed.Append(null, "Adressebeskyttelse", identityNumber);
    }

    /// <summary>Adds a fault.</summary>
    public void AddFault(FaultRule rule)
    {
        lock (_gate)
        {
            _faults.Add(rule);
        }
    }

    /// <summary>Removes every fault.</summary>
    public void ClearFaults()
    {
        lock (_gate)
        {
            _faults.Clear();
        }
    }

    /// <summary>Forgets faults, requests and effects.</summary>
    public void Reset()
    {
        lock (_gate)
        {
            _faults.Clear();
            _effects.Clear();
            _requests.Clear();
        }

        _protections.Clear();
        FiksIo.Reset();
        Feed.Reset();
        ParentalResponsibility.Reset();
        Maskinporten.Reset();
    }

    /// <summary>Counts a request and takes the fault that applies to it, if any.</summary>
    public FaultRule? OnRequest(string service)
    {
        _requests.AddOrUpdate(service, 1, (_, n) => n + 1);
        lock (_gate)
        {
            var index = _faults.FindIndex(f => string.Equals(f.Service, service, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                return null;
            }

            var rule = _faults[index];
            if (rule.Kind != FaultKind.Down)
            {
                if (rule.Count <= 1)
                {
                    _faults.RemoveAt(index);
                }
                else
                {
                    _faults[index] = rule with { Count = rule.Count - 1 };
                }
            }

            return rule;
        }
    }

    /// <summary>Requests a service has received.</summary>
    public int RequestCount(string service) => _requests.TryGetValue(service, out var n) ? n : 0;

    /// <summary>
    /// Performs an effect once per idempotency key: the first call creates the result, later calls with the same key
    /// get it back without a second effect. Without a key every call is an effect (a client that forgot the key).
    /// </summary>
    public string Perform(string service, string? idempotencyKey, Func<string> create)
    {
        lock (_gate)
        {
            var key = (service.ToLowerInvariant(), idempotencyKey ?? Guid.NewGuid().ToString("N"));
            if (_effects.TryGetValue(key, out var existing))
            {
                _effects[key] = existing with { Requests = existing.Requests + 1 };
                return existing.Result;
            }

            var result = create();
            _effects[key] = new EffectRecord(key.Item1, key.Item2, result, Effects: 1, Requests: 1);
            return result;
        }
    }

    /// <summary>Every effect so far.</summary>
    public IReadOnlyList<EffectRecord> Effects()
    {
        lock (_gate)
        {
            return [.. _effects.Values.OrderBy(e => e.Service, StringComparer.Ordinal).ThenBy(e => e.IdempotencyKey, StringComparer.Ordinal)];
        }
    }
}

/// <summary>One effect (a letter sent, a journal entry archived) and how often it was asked for.</summary>
/// <param name="Service">The service.</param>
/// <param name="IdempotencyKey">The key it was asked with.</param>
/// <param name="Result">The id the service answered.</param>
/// <param name="Effects">How many times the effect happened (1 unless a client sent no key).</param>
/// <param name="Requests">How many requests asked for it.</param>
public sealed record EffectRecord(string Service, string IdempotencyKey, string Result, int Effects, int Requests);
