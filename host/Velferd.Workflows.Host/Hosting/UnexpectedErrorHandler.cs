using Microsoft.AspNetCore.Diagnostics;

namespace Velferd.Workflows.Host.Hosting;

/// <summary>Turns anything unexpected into a 500 ProblemDetails with a trace id, and logs it without request data.</summary>
public sealed partial class UnexpectedErrorHandler(IProblemDetailsService problems, ILogger<UnexpectedErrorHandler> logger) : IExceptionHandler
{
    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is BadHttpRequestException bad)
        {
            httpContext.Response.StatusCode = bad.StatusCode;
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = { Status = bad.StatusCode, Title = "The request could not be read.", Detail = bad.Message },
            });
        }

        if (DatabaseOutage.Explains(exception))
        {
            LogDatabaseOutage(httpContext.Request.Method, httpContext.Request.Path, exception.GetType().Name);
            httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            httpContext.Response.Headers.RetryAfter = ((int)DatabaseOutage.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails =
                {
                    Status = 503,
                    Title = "Databasen er ikke tilgjengelig akkurat nå. / The database cannot be reached right now.",
                    Detail = "Try again after the Retry-After interval, with the same Idempotency-Key where the operation takes one.",
                },
            });
        }

        LogUnexpected(exception, httpContext.Request.Method, httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = 500, Title = "Something went wrong on our side.", Detail = "The error was logged with the trace id." },
        });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database could not be reached on {Method} {Path} ({ExceptionType}); answered 503")]
    private partial void LogDatabaseOutage(string method, string path, string exceptionType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected error on {Method} {Path}")]
    private partial void LogUnexpected(Exception exception, string method, string path);
}
