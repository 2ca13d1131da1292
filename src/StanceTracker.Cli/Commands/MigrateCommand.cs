using System.CommandLine;
using System.Globalization;
using StanceTracker.Data.Composition;
using StanceTracker.Data.Copying;

namespace StanceTracker.Cli.Commands;

/// <summary>
/// <c>migrate --from FILE --to CONNECTION</c>: copies an analyst's SQLite store into an empty PostgreSQL team store in
/// one transaction, then compares every table's row count and checksum on both. Exit 1 when any table differs.
/// </summary>
internal static class MigrateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var from = new Option<string>("--from")
        {
            Description = "The SQLite database file to copy (read only; a file from an older version is upgraded first)",
            Required = true,
            HelpName = "FILE",
        };
        var to = new Option<string>("--to")
        {
            Description = "Connection string of the PostgreSQL store to copy into (Host=...); it must hold no data yet",
            Required = true,
            HelpName = "CONNECTION",
        };
        var command = new Command("migrate", "Copy an SQLite database into an empty PostgreSQL team store, and check that nothing was lost") { from, to };
        command.SetAction(parsed =>
        {
            var source = parsed.GetValue(from)!;
            var target = parsed.GetValue(to)!;
            if (!StoreEngines.IsServer(target))
            {
                throw new UsageException($"--to '{StoreEngines.Describe(target)}' is not a PostgreSQL connection string (Host=...)");
            }
            if (StoreEngines.IsServer(source) || !File.Exists(source))
            {
                throw new UsageException($"--from: no SQLite database file at '{StoreEngines.Describe(source)}'");
            }
            StoreCopyReport report;
            try
            {
                report = StoreMigration.Run(source, target, stderr.WriteLine);
            }
            catch (StoreMigrationException e)
            {
                throw new UsageException(e.Message);
            }
            Print(stdout, report);
            if (!report.Same)
            {
                stderr.WriteLine($"error: the copy in '{report.To}' differs from '{report.From}' in {string.Join(", ", report.Tables.Where(t => !t.Same).Select(t => t.Table))}");
                return ExitCodes.InputRefused;
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(TextWriter stdout, StoreCopyReport report)
    {
        var c = CultureInfo.InvariantCulture;
        stdout.WriteLine(string.Create(c, $"Copied {report.Rows:N0} rows from {report.From} to {report.To} in {report.CopyTime.TotalSeconds:0.00} s ({report.RowsPerSecond:N0} rows/s)"));
        stdout.WriteLine(string.Create(c, $"{"table",-20}  {"rows",12}  {"checksum",-16}  same?"));
        foreach (var table in report.Tables)
        {
            // Where a table differs, both sides are shown: source, then target.
            var rows = table.SourceRows == table.TargetRows ? table.SourceRows.ToString("N0", c) : string.Create(c, $"{table.SourceRows:N0}/{table.TargetRows:N0}");
            var checksum = table.SourceChecksum == table.TargetChecksum ? table.SourceChecksum[..16] : $"{table.SourceChecksum[..7]}/{table.TargetChecksum[..7]}";
            stdout.WriteLine(string.Create(c, $"{table.Table,-20}  {rows,12}  {checksum,-16}  {(table.Same ? "yes" : "NO")}"));
        }
    }
}
