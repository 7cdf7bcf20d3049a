using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Velferd.Workflows.Core.Access;
using Velferd.Workflows.Welfare.Audit;

namespace Velferd.Workflows.Persistence.Audit;

/// <summary>
/// Sends an audited read's row in the same round trip as the read: once the endpoint has decided to answer
/// (<see cref="AuditedRequest.ReadAllowed"/>), the request's next query outside a transaction carries the row's INSERT
/// in front of its SELECT, in one command. The database runs the two as one implicit transaction, and the reader is
/// closed (the batch finished and committed) before the endpoint can answer; an INSERT that fails fails the read, and
/// the row is given back so the answer's own write (or a retry) still has it. This saves every answered read a round
/// trip and a context of its own, which the inbox pays on each page.
/// </summary>
public sealed class AuditedReadInterceptor : DbCommandInterceptor
{
    private const string ParameterPrefix = "audit_row_";

    private static readonly ConditionalWeakTable<IModel, RowInsert> Inserts = new();
    private static readonly ConditionalWeakTable<DbCommand, AuditedRequest> Carriers = new();

    /// <summary>The one instance (it keeps no state of its own: the request is ambient).</summary>
    public static AuditedReadInterceptor Instance { get; } = new();

    /// <inheritdoc />
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Carry(command, eventData);
        return result;
    }

    /// <inheritdoc />
    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Carry(command, eventData);
        return ValueTask.FromResult(result);
    }

    /// <inheritdoc />
    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => GiveBack(command);

    /// <inheritdoc />
    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        GiveBack(command);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => GiveBack(command);

    /// <inheritdoc />
    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        GiveBack(command);
        return Task.CompletedTask;
    }

    private static void Carry(DbCommand command, CommandEventData eventData)
    {
        // Only a LINQ query: a save's commands are checked by the rows they affect, which the INSERT would add to.
        // Inside a transaction the row would share the transaction's fate (a rollback would lose it), and a command with
        // positional parameters cannot take named ones beside it: those reads leave the row to the answer.
        if (eventData is not { Context: { } context, CommandSource: CommandSource.LinqQuery }
            || AuditedRequest.Current is not { ReadAllowed: true, Written: false, ReadAction: { } action } request
            || command.Transaction is not null || context.Database.CurrentTransaction is not null
            || command.Parameters.Cast<DbParameter>().Any(p => string.IsNullOrEmpty(p.ParameterName))
            || !request.TryClaimRow())
        {
            return;
        }

        if (!Inserts.TryGetValue(context.Model, out var insert))
        {
            insert = RowInsert.For(context);
            Inserts.AddOrUpdate(context.Model, insert);
        }

        var row = AuditMapping.ToRow(AuditEntry.Of(request, action));
        foreach (var (column, name) in insert.Parameters)
        {
            var value = column.Property.GetGetter().GetClrValueUsingContainingEntity(row);
            command.Parameters.Add(column.TypeMapping.CreateParameter(command, name, value, column.Column.IsNullable));
        }

        command.CommandText = insert.Sql + command.CommandText;
        Carriers.AddOrUpdate(command, request);
    }

    // The command that carried the row failed: the row did not commit (the INSERT runs first, in the command's own
    // implicit transaction), so the answer's write or the next query carries it.
    private static void GiveBack(DbCommand command)
    {
        if (Carriers.TryGetValue(command, out var request))
        {
            Carriers.Remove(command);
            request.ReleaseRow();
        }
    }

    /// <summary>The provider's INSERT of one audit row, from the model's table mapping, and its parameters by column.</summary>
    private sealed record RowInsert(string Sql, IReadOnlyList<(IColumnMapping Column, string Name)> Parameters)
    {
        public static RowInsert For(DbContext context)
        {
            var table = context.Model.FindEntityType(typeof(AuditEntryRow))!.GetTableMappings().Single();
            var sql = context.GetService<ISqlGenerationHelper>();
            var parameters = table.ColumnMappings.Select((c, i) => (Column: c, Name: ParameterPrefix + i)).ToList();
            var columns = string.Join(", ", parameters.Select(p => sql.DelimitIdentifier(p.Column.Column.Name)));
            var values = string.Join(", ", parameters.Select(p => sql.GenerateParameterNamePlaceholder(p.Name)));
            return new RowInsert(
                $"INSERT INTO {sql.DelimitIdentifier(table.Table.Name, table.Table.Schema)} ({columns}) VALUES ({values}){sql.StatementTerminator}\n", parameters);
        }
    }
}
