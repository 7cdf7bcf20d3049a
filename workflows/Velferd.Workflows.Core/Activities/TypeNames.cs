namespace Velferd.Workflows.Core.Activities;

/// <summary>Elsa's short type names for the designer (<c>String</c>, <c>Boolean</c>, <c>Object</c>…).</summary>
public static class TypeNames
{
    /// <summary>The short name of a CLR type.</summary>
    public static string Of(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string))
        {
            return "String";
        }

        if (t == typeof(bool))
        {
            return "Boolean";
        }

        if (t == typeof(int))
        {
            return "Int32";
        }

        if (t == typeof(long))
        {
            return "Int64";
        }

        if (t == typeof(double))
        {
            return "Double";
        }

        if (t == typeof(decimal))
        {
            return "Decimal";
        }

        if (t == typeof(DateTimeOffset))
        {
            return "DateTimeOffset";
        }

        if (t == typeof(TimeSpan))
        {
            return "TimeSpan";
        }

        if (t.IsEnum)
        {
            return "String";
        }

        return "Object";
    }
}
