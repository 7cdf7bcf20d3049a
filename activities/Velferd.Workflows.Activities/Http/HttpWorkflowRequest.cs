namespace Velferd.Workflows.Activities.Http;

/// <summary>
/// The field names of the request the host hands to a pathway started over HTTP (instance input
/// <see cref="HttpEndpoint.InputName"/>): written by the host, read by <see cref="HttpEndpoint"/>.
/// </summary>
public static class HttpWorkflowRequest
{
    /// <summary>The method, upper case.</summary>
    public const string Method = "method";

    /// <summary>The path under <c>/workflows/</c> as requested.</summary>
    public const string Path = "path";

    /// <summary>The endpoint activity the request matched.</summary>
    public const string ActivityId = "activityId";

    /// <summary>The route parameters' values.</summary>
    public const string RouteData = "routeData";

    /// <summary>The query string's values.</summary>
    public const string Query = "queryStringData";

    /// <summary>The headers, without credentials.</summary>
    public const string Headers = "headers";

    /// <summary>The parsed body.</summary>
    public const string Body = "body";
}
