using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Velferd.Workflows.Host.Hosting;

/// <summary>
/// Refuses a request body over <see cref="RequestLimitOptions.MaxBodyBytes"/> with a 413 problem before anything reads
/// it: at once when its Content-Length says so, otherwise (a chunked body) when the server has read that much, through
/// the server's own limit, which <see cref="UnexpectedErrorHandler"/> answers with the same status.
/// </summary>
public static class RequestSizeLimit
{
    /// <summary>Registers the options.</summary>
    public static IServiceCollection AddRequestSizeLimit(this IServiceCollection services)
    {
        services.AddOptions<RequestLimitOptions>().BindConfiguration(RequestLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    /// <summary>Adds the check to the pipeline.</summary>
    public static IApplicationBuilder UseRequestSizeLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var max = context.RequestServices.GetRequiredService<IOptions<RequestLimitOptions>>().Value.MaxBodyBytes;
        if (context.Request.ContentLength > max)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "Forespørselen er for stor. / The request is too large.",
                    Detail = $"Innholdet kan være høyst {max} byte. / The body may be at most {max} bytes.",
                },
            });
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = max;
        }

        await next(context);
    });
}
