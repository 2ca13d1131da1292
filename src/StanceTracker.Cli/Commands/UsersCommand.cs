using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Core;
using StanceTracker.Data.Composition;
using StanceTracker.Data.Storage;

namespace StanceTracker.Cli.Commands;

/// <summary>
/// <c>users add|list|role|remove</c>: the people who may sign in to a team dashboard. A password is read from
/// STANCETRACKER_PASSWORD or the first line of standard input, never from an argument, which other users of the
/// machine could read in the process list and which stays in the shell's history.
/// </summary>
internal static class UsersCommand
{
    public const string PasswordVariable = "STANCETRACKER_PASSWORD";

    public static Command Create(TextWriter stdout, TextReader stdin, CommandServices services)
    {
        return new Command("users", "Manage who may sign in to the dashboard in team mode, and with which role")
        {
            Add(stdout, stdin, services),
            List(stdout, services),
            Role(stdout, services),
            Remove(stdout, services),
        };
    }

    private static Argument<string> Name() => new("NAME") { Description = "The user's name (unique whatever its case)" };

    private static Option<string> RoleOption() => RoleValue(new Option<string>("--role")
    {
        Description = $"What the user may do: {Roles()}",
        DefaultValueFactory = _ => UserRole.Viewer.ToId(),
        HelpName = string.Join('|', UserRoles.Ids),
    });

    private static Command Add(TextWriter stdout, TextReader stdin, CommandServices services)
    {
        var database = services.Database();
        var name = Name();
        var role = RoleOption();
        var command = new Command("add", $"Add a user; the password comes from {PasswordVariable} or the first line of standard input") { name, role, database };
        command.SetAction(parsed =>
        {
            var password = ReadPassword(stdin);
            using var app = services.Build(parsed.GetValue(database));
            var users = app.GetRequiredService<IUserStore>();
            UserAccount added;
            try
            {
                added = users.Add(parsed.GetValue(name)!, password, ParseRole(parsed.GetValue(role)), DateTimeOffset.UtcNow);
            }
            catch (Exception e) when (e is UserExistsException or ArgumentException)
            {
                throw new UsageException(e is ArgumentException a ? a.Message.Split(" (Parameter", 2)[0] : e.Message);
            }
            stdout.WriteLine($"Added {added.Name} ({added.Role.ToId()}).");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(TextWriter stdout, CommandServices services)
    {
        var database = services.Database();
        var command = new Command("list", "List the users, removed ones too") { database };
        command.SetAction(parsed =>
        {
            using var app = services.ReadExisting(parsed.GetValue(database)!);
            var users = app.GetRequiredService<IUserStore>().List();
            if (users.Count == 0)
            {
                stdout.WriteLine("No users yet: add the first admin with 'stancetracker users add NAME --role admin'.");
                return ExitCodes.Ok;
            }
            stdout.WriteLine($"{"Name",-32}  {"Role",-8}  {"Added",-20}  Removed");
            foreach (var user in users)
            {
                stdout.WriteLine($"{user.Name,-32}  {user.Role.ToId(),-8}  {Moment(user.CreatedAt),-20}  {(user.DisabledAt is { } removed ? Moment(removed) : "")}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Role(TextWriter stdout, CommandServices services)
    {
        var database = services.Database();
        var name = Name();
        var role = RoleValue(new Argument<string>("ROLE") { Description = Roles() });
        var command = new Command("role", "Change a user's role (applies at their next page load)") { name, role, database };
        command.SetAction(parsed =>
        {
            using var app = Existing(services, parsed.GetValue(database)!);
            var user = parsed.GetValue(name)!;
            var newRole = ParseRole(parsed.GetValue(role));
            if (!app.GetRequiredService<IUserStore>().SetRole(user, newRole))
            {
                throw new UsageException($"no active user named '{user}' ('stancetracker users list' shows them)");
            }
            stdout.WriteLine($"{user} is now {newRole.ToId()}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Remove(TextWriter stdout, CommandServices services)
    {
        var database = services.Database();
        var name = Name();
        var command = new Command("remove", "Stop a user signing in; the name stays taken, so their reviews stay theirs") { name, database };
        command.SetAction(parsed =>
        {
            using var app = Existing(services, parsed.GetValue(database)!);
            var user = parsed.GetValue(name)!;
            if (!app.GetRequiredService<IUserStore>().Remove(user, DateTimeOffset.UtcNow))
            {
                throw new UsageException($"no active user named '{user}' ('stancetracker users list' shows them)");
            }
            stdout.WriteLine($"Removed {user}: they can no longer sign in, and are signed out at their next page load.");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A database to change users in; a missing file is a usage error rather than a new empty database.</summary>
    private static ServiceProvider Existing(CommandServices services, string database) =>
        StoreEngines.MayExist(database)
            ? services.Build(database)
            : throw new UsageException($"no database at '{database}' (add the first user with 'stancetracker users add NAME --role admin --db {database}')");

    private static T RoleValue<T>(T symbol) where T : Symbol
    {
        switch (symbol)
        {
            case Option<string> option:
                option.AcceptOnlyFromAmong([.. UserRoles.Ids]);
                break;
            case Argument<string> argument:
                argument.AcceptOnlyFromAmong([.. UserRoles.Ids]);
                break;
        }
        return symbol;
    }

    private static UserRole ParseRole(string? text) =>
        UserRoles.TryParse(text, out var role) ? role : throw new UsageException($"role '{text}': expected {string.Join(", ", UserRoles.Ids)}");

    private static string Roles() => "viewer (reads), reviewer (also reviews, sees the audit), admin (also adds articles)";

    private static string Moment(DateTimeOffset time) => IsoDate.FormatUtc(time)[..16].Replace('T', ' ');

    /// <summary>The password from the environment, else the first line of standard input (typed unseen on a terminal).</summary>
    private static string ReadPassword(TextReader stdin)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(PasswordVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }
        var password = ReferenceEquals(stdin, Console.In) && !Console.IsInputRedirected ? ReadUnseen() : stdin.ReadLine();
        if (string.IsNullOrEmpty(password))
        {
            throw new UsageException($"no password: set {PasswordVariable} or give it on standard input (e.g. from a password manager's command)");
        }
        return password;
    }

    private static string ReadUnseen()
    {
        Console.Error.Write("Password: ");
        var typed = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }
            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }
        Console.Error.WriteLine();
        return typed.ToString();
    }
}
