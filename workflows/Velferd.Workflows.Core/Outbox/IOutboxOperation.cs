namespace Velferd.Workflows.Core.Outbox;

/// <summary>
/// A remote operation a request record stands for: its service and operation, stored with the outbox message so the
/// worker picks the handler. Implement it through <see cref="IOutboxRequest{TReply}"/>, which also names the reply.
/// </summary>
public interface IOutboxOperation
{
    /// <summary>The service, e.g. <c>Folkeregister</c>.</summary>
    static abstract string Service { get; }

    /// <summary>The operation, e.g. <c>HentPerson</c>.</summary>
    static abstract string Operation { get; }
}
