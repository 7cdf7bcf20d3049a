namespace Velferd.Workflows.Studio.HostApi;

/// <summary>A file the host answered (an export): its bytes, content type and the file name it suggested.</summary>
public sealed record FileAnswer(byte[] Content, string ContentType, string? FileName);
