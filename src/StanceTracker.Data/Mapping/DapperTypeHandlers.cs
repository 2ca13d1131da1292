using System.Data;
using Dapper;
using StanceTracker.Core;
using StanceTracker.Core.Classification;

namespace StanceTracker.Data.Mapping;

/// <summary>
/// How the store's text columns map to the domain's types, for every query: days are ISO text (string order is date
/// order, so the indexes serve range filters) and stances their ids. Row classes then carry <see cref="DateOnly"/> and
/// <see cref="Stance"/> instead of strings each query converts.
/// </summary>
internal static class DapperTypeHandlers
{
    /// <summary>Registers the handlers in Dapper's process-wide table; registering again replaces them with equal ones.</summary>
    public static void Register()
    {
        SqlMapper.AddTypeHandler(new DateOnlyHandler());
        SqlMapper.AddTypeHandler(new StanceHandler());
    }

    private sealed class DateOnlyHandler : SqlMapper.TypeHandler<DateOnly>
    {
        public override DateOnly Parse(object value) => value switch
        {
            string text => IsoDate.Parse(text),
            DateOnly day => day,
            _ => throw new DataException($"A day in the database is stored as {value.GetType().Name}, not as yyyy-MM-dd text."),
        };

        public override void SetValue(IDbDataParameter parameter, DateOnly value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = IsoDate.Format(value);
        }
    }

    private sealed class StanceHandler : SqlMapper.TypeHandler<Stance>
    {
        public override Stance Parse(object value) =>
            value is string text && StanceNames.TryParse(text, out var stance)
                ? stance
                : throw new DataException($"Unknown stance '{value}' in the database.");

        public override void SetValue(IDbDataParameter parameter, Stance value)
        {
            parameter.DbType = DbType.String;
            parameter.Value = value.ToId();
        }
    }
}
