using System.Text;

namespace Velferd.Workflows.Host.Hosting;

/// <summary>Reads a request body as text, so our own parser can report JSON errors field by field.</summary>
public static class RequestBody
{
    /// <summary>The body as UTF-8 text.</summary>
    public static async Task<string> ReadTextAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
