using Microsoft.AspNetCore.Http.HttpResults;
using Velferd.Workflows.Core.Definitions;

namespace Velferd.Workflows.Host.Definitions;

/// <summary>The HTTP answer to a deletion, shared by our API and the Elsa-compatible one.</summary>
public static class DefinitionDeletion
{
    /// <summary>204 when deleted, 404 when unknown, 400 with the field errors when refused.</summary>
    public static Results<NoContent, NotFound, ValidationProblem> ToResult(DefinitionChange change) => change switch
    {
        { IsNotFound: true } => TypedResults.NotFound(),
        { Definition: not null } => TypedResults.NoContent(),
        _ => TypedResults.ValidationProblem(change.Errors!.ToDictionary()),
    };
}
