using System.Globalization;
using System.Text;
using StanceTracker.Core;

namespace StanceTracker.Data.Export;

/// <summary>
/// RFC 4180 CSV. Text from articles is untrusted: a cell that a spreadsheet would run as a formula (=, +, -, @, tab,
/// carriage return first) is prefixed with an apostrophe so it opens as text.
/// </summary>
public static class Csv
{
    public static void WriteRow(TextWriter writer, IEnumerable<object?> cells)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(cells);
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                writer.Write(',');
            }
            writer.Write(Escape(Format(cell)));
            first = false;
        }
        writer.Write("\r\n");
    }

    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        if (value.IndexOfAny([',', '"', '\n', '\r']) < 0)
        {
            return value;
        }
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            builder.Append(c == '"' ? "\"\"" : c.ToString());
        }
        return builder.Append('"').ToString();
    }

    private static string Format(object? cell) => cell switch
    {
        null => "",
        DateOnly date => IsoDate.Format(date),
        double number => number.ToString("0.###", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };
}
