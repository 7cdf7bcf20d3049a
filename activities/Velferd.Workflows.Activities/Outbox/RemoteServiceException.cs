using System.Net;

namespace Velferd.Workflows.Activities.Outbox;

/// <summary>
/// A remote service failed after the HTTP client's own retries; the outbox tries again later (not before
/// <see cref="RetryAfter"/>) or, for a permanent failure, raises an incident at once.
/// </summary>
/// <remarks>The message names the service and status only, never personal data from the request.</remarks>
public sealed class RemoteServiceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RemoteServiceException(string service, HttpStatusCode? statusCode, TimeSpan? retryAfter, bool isTransient, Exception? inner = null)
        : base($"{service} failed with {(statusCode is { } s ? $"HTTP {(int)s}" : "no response")}.", inner)
    {
        Service = service;
        StatusCode = statusCode;
        RetryAfter = retryAfter;
        IsTransient = isTransient;
    }

    /// <summary>The service.</summary>
    public string Service { get; }

    /// <summary>The last HTTP status, if there was a response.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>How long the service asked us to wait, if it did.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>False when repeating the same request cannot help (HTTP 400, 401, 403): an incident at once.</summary>
    public bool IsTransient { get; }
}
