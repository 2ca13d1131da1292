using System.CommandLine;
using System.Data.Common;
using StanceTracker.Cli.Commands;
using StanceTracker.Core.Classification.Models;
using StanceTracker.Data;
using StanceTracker.Data.Composition;
using StanceTracker.Data.Storage;

namespace StanceTracker.Cli;

/// <summary>
/// The command tree. Exit codes: 0 all went well, 1 some input was refused (or a migrated copy differs), 2 the command line cannot be carried out
/// (wrong options, a missing, unusable or newer database), 3 the disk filled up (the run stopped at the first failure).
/// </summary>
public static class CliApplication
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, StanceModelKinds.BuiltInRegistry());

    /// <param name="models">The stance model kinds <c>--model</c> can name.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, StanceModelRegistry models) => Run(args, Console.In, stdout, stderr, models);

    /// <param name="stdin">Where <c>users add</c> reads a password when STANCETRACKER_PASSWORD is not set.</param>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, StanceModelRegistry models)
    {
        var services = new CommandServices(new DataPaths(ProjectPaths.DataDirectory), models);
        var root = new RootCommand("StanceTracker: who said what about the questions of the day, and when it changed.")
        {
            IngestCommand.Create(stdout, stderr, services),
            ExtractCommand.Create(stdout, stderr, services),
            StatsCommand.Create(stdout, stderr, services),
            MatrixCommand.Create(stdout, services),
            TimelineCommand.Create(stdout, services),
            ShiftsCommand.Create(stdout, services),
            ExportCommand.Create(stdout, services),
            ActorsCommand.Create(stdout, stderr, services),
            BenchCommand.Create(stdout, stderr, services),
            TrainCommand.Create(stdout, stderr, models, services.Paths),
            EvaluateCommand.Create(stdout, stderr, models),
            CalibrateCommand.Create(stdout, stderr, services),
            ReclassifyCommand.Create(stdout, stderr, services),
            WorkerCommand.Create(stdout, stderr, services),
            MigrateCommand.Create(stdout, stderr),
            UsersCommand.Create(stdout, stdin, services),
            AlertsCommand.Create(stdout, services),
            SourcesCommand.Create(stdout, services),
            WatchCommand.Create(stdout, stderr, services),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
            }
            stderr.WriteLine("Run 'stancetracker --help' for usage.");
            return ExitCodes.UsageError;
        }
        try
        {
            // Our own handler: a UsageException is exit 2, and no other failure prints a stack trace at a user.
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"error: {OneLine(e.Message)}");
            return ExitCodes.UsageError;
        }
        catch (DiskFullException e)
        {
            stderr.WriteLine($"error: {OneLine(e.Message)}");
            return ExitCodes.DiskFull;
        }
        catch (StorageFullException e)
        {
            stderr.WriteLine($"error: the disk is full: {OneLine(e.Message)}; nothing half-written was kept");
            return ExitCodes.DiskFull;
        }
        // A database that cannot be used is no refused input: it is the command that cannot be carried out.
        catch (Exception e) when (e is DatabaseUnusableException or DbException)
        {
            stderr.WriteLine($"error: {OneLine(e.Message)}");
            return ExitCodes.UsageError;
        }
        // An input file (training data, a model) that cannot be read or makes no sense is refused input.
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            stderr.WriteLine($"error: {OneLine(e.Message)}");
            return ExitCodes.InputRefused;
        }
    }

    /// <summary>Messages from SQLite and the OS may carry line breaks; the user gets one line.</summary>
    private static string OneLine(string message) => string.Join(' ', message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

public static class ExitCodes
{
    public const int Ok = 0;
    public const int InputRefused = 1;
    public const int UsageError = 2;
    public const int DiskFull = 3;
}

/// <summary>An option value that parsed but makes no sense (a date that does not exist, a missing database).</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>The database could not be written for want of space; the message names it.</summary>
public sealed class DiskFullException(string message) : Exception(message);
