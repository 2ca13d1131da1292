using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using StanceTracker.Core;
using StanceTracker.Data.Alerts;
using StanceTracker.Data.Composition;

namespace StanceTracker.Cli.Commands;

/// <summary>
/// <c>alerts follow|list|unfollow|send</c>: new shifts of a country, an actor or a topic by email or webhook. Follows
/// made here belong to the local analyst (or <c>--owner</c>, a team user); <c>send</c> is one dispatch run, as the
/// dashboard does every few minutes.
/// </summary>
internal static class AlertsCommand
{
    public static Command Create(TextWriter stdout, CommandServices services) =>
        new("alerts", "Follow a country, leader or topic and get its new shifts by email or webhook")
        {
            Follow(stdout, services),
            List(stdout, services),
            Unfollow(stdout, services),
            Send(stdout, services),
        };

    private static Command Follow(TextWriter stdout, CommandServices services)
    {
        var database = services.Database();
        var country = new Option<string?>("--country") { Description = "A country code, such as POL", HelpName = "CODE" };
        var actor = new Option<string?>("--actor") { Description = "An actor id ('stancetracker actors' lists them)", HelpName = "ID" };
        var topic = new Option<string?>("--topic") { Description = "A topic id: every shift on it", HelpName = "ID" };
        var email = new Option<string?>("--email") { Description = "Send the shifts to this address (needs SMTP settings when sending)", HelpName = "ADDRESS" };
        var webhook = new Option<string?>("--webhook") { Description = "POST the shifts as JSON to this http(s) URL", HelpName = "URL" };
        var owner = new Option<string>("--owner")
        {
            Description = $"Whose follow it is: a team user's name, or {AlertRules.LocalOwner} (the single analyst)",
            DefaultValueFactory = _ => AlertRules.LocalOwner,
            HelpName = "NAME",
        };
        var command = new Command("follow", "Follow a country, an actor or a topic; only shifts stored from now on are sent")
        {
            country, actor, topic, email, webhook, owner, database,
        };
        command.SetAction(parsed =>
        {
            var (kind, target) = ExactlyOne("--country, --actor or --topic",
                (FollowKind.Country, parsed.GetValue(country)), (FollowKind.Actor, parsed.GetValue(actor)), (FollowKind.Topic, parsed.GetValue(topic)));
            var (channel, address) = ExactlyOne("--email or --webhook",
                (AlertChannel.Email, parsed.GetValue(email)), (AlertChannel.Webhook, parsed.GetValue(webhook)));
            using var app = Existing(services, parsed.GetValue(database)!);
            var follows = app.GetRequiredService<AlertFollows>();
            Follow added;
            try
            {
                added = follows.Add(new FollowRequest(parsed.GetValue(owner)!, kind, target, channel, address));
            }
            catch (Exception e) when (e is FollowRefusedException or FollowExistsException)
            {
                throw new UsageException(e.Message);
            }
            stdout.WriteLine($"Follow #{added.Id}: {follows.TargetName(added.Kind, added.Target)} ({added.Kind.ToId()}) by {added.Channel.ToId()} to {added.Address}; shifts stored from now on are sent.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(TextWriter stdout, CommandServices services)
    {
        var database = services.Database();
        var command = new Command("list", "List the follows with how their deliveries went") { database };
        command.SetAction(parsed =>
        {
            using var app = services.ReadExisting(parsed.GetValue(database)!);
            var follows = app.GetRequiredService<AlertFollows>();
            var summaries = follows.List(owner: null);
            if (summaries.Count == 0)
            {
                stdout.WriteLine("No follows yet: add one with 'stancetracker alerts follow --country POL --email you@example.org'.");
                return ExitCodes.Ok;
            }
            stdout.WriteLine($"{"Id",4}  {"Owner",-16}  {"Follows",-32}  {"Channel",-40}  {"Since",-16}  Deliveries");
            foreach (var summary in summaries)
            {
                var f = summary.Follow;
                var what = $"{f.Kind.ToId()} {follows.TargetName(f.Kind, f.Target)}";
                stdout.WriteLine($"{f.Id,4}  {Cut(f.Owner, 16),-16}  {Cut(what, 32),-32}  {Cut($"{f.Channel.ToId()} {f.Address}", 40),-40}  {Moment(f.CreatedAt),-16}  {Deliveries(summary)}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Unfollow(TextWriter stdout, CommandServices services)
    {
        var database = services.Database();
        var id = new Argument<long>("ID") { Description = "The follow's number, as 'alerts list' shows it" };
        var command = new Command("unfollow", "Remove a follow and its delivery records") { id, database };
        command.SetAction(parsed =>
        {
            using var app = Existing(services, parsed.GetValue(database)!);
            var followId = parsed.GetValue(id);
            if (!app.GetRequiredService<AlertFollows>().Remove(followId, owner: null))
            {
                throw new UsageException($"no follow #{followId} ('stancetracker alerts list' shows them)");
            }
            stdout.WriteLine($"Removed follow #{followId}.");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Send(TextWriter stdout, CommandServices services)
    {
        var database = services.Database();
        var host = new Option<string?>("--smtp-host") { Description = "SMTP server for email follows (without it they wait)", HelpName = "HOST" };
        var port = new Option<int?>("--smtp-port") { Description = $"SMTP port (default {SmtpSettings.DefaultPort}; 465 means TLS from the start)", HelpName = "PORT" };
        var from = new Option<string?>("--smtp-from") { Description = "The sender address of alert emails", HelpName = "ADDRESS" };
        var user = new Option<string?>("--smtp-user") { Description = $"SMTP user; the password is read from {SmtpSettings.PasswordVariable}", HelpName = "NAME" };
        var startTls = new Option<bool>("--smtp-starttls") { Description = "Require STARTTLS" };
        var dashboard = new Option<string?>("--dashboard-url")
        {
            Description = $"The dashboard's address, for the link to its /changes page (default {AlertSettings.DefaultDashboard})",
            HelpName = "URL",
        };
        var command = new Command("send", "Send every follow its new shifts once (one dispatch run); exit 1 when a delivery failed")
        {
            database, host, port, from, user, startTls, dashboard,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var settings = new AlertSettings(Smtp(parsed.GetValue(host), parsed.GetValue(port), parsed.GetValue(from), parsed.GetValue(user), parsed.GetValue(startTls)),
                DashboardUrl(parsed.GetValue(dashboard)));
            using var app = Existing(services, parsed.GetValue(database)!);
            var report = await app.GetRequiredService<AlertDispatcher>().RunAsync(settings, cancellationToken).ConfigureAwait(false);
            foreach (var outcome in report.Follows)
            {
                var f = outcome.Follow;
                var line = outcome switch
                {
                    { Skipped: { } why } => $"waiting: follow #{f.Id} ({f.Channel.ToId()} {f.Address}): {why}",
                    { Error: { } error } => $"failed:  follow #{f.Id} ({f.Channel.ToId()} {f.Address}): {outcome.Shifts} shift(s) not delivered: {error}; tried again later",
                    _ => $"sent:    follow #{f.Id} ({f.Channel.ToId()} {f.Address}): {outcome.Shifts} shift(s)",
                };
                stdout.WriteLine(line);
            }
            stdout.WriteLine($"{report.Sent} shift(s) sent, {report.Failed} follow(s) failed.");
            return report.Failed > 0 ? ExitCodes.InputRefused : ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>SMTP settings from the options; none without a host (email follows then wait), a usage error when half given.</summary>
    private static SmtpSettings? Smtp(string? host, int? port, string? from, string? user, bool startTls)
    {
        if (string.IsNullOrWhiteSpace(host))
        {
            return port is not null || from is not null || user is not null || startTls
                ? throw new UsageException("--smtp-port, --smtp-from, --smtp-user and --smtp-starttls need --smtp-host")
                : null;
        }
        if (string.IsNullOrWhiteSpace(from))
        {
            throw new UsageException("--smtp-host needs --smtp-from (the sender address of alert emails)");
        }
        try
        {
            return SmtpSettings.Create(host, port, from, user, startTls, Environment.GetEnvironmentVariable);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static Uri DashboardUrl(string? text)
    {
        if (text is null)
        {
            return AlertSettings.DefaultDashboard;
        }
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new UsageException($"--dashboard-url '{text}' is not an absolute http or https URL");
    }

    private static (TKey Key, string Value) ExactlyOne<TKey>(string names, params (TKey Key, string? Value)[] given)
    {
        var present = given.Where(g => g.Value is not null).ToList();
        return present.Count == 1 ? (present[0].Key, present[0].Value!) : throw new UsageException($"give exactly one of {names}");
    }

    private static string Deliveries(FollowSummary summary)
    {
        var text = $"{summary.Delivered} delivered, {summary.Failing} failing";
        return summary.Last is { } last
            ? $"{text}; last {last.Status.ToId()} {Moment(last.DeliveredAt ?? last.ClaimedAt)}{(last.LastError is { } error ? ": " + error : "")}"
            : text;
    }

    /// <summary>A database to change follows in; a missing file is a usage error rather than a new empty database.</summary>
    private static ServiceProvider Existing(CommandServices services, string database) =>
        StoreEngines.MayExist(database)
            ? services.Build(database)
            : throw new UsageException($"no database at '{database}' (create one with 'stancetracker ingest PATH --db {database}')");

    private static string Cut(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";

    private static string Moment(DateTimeOffset time) => IsoDate.FormatUtc(time)[..16].Replace('T', ' ');
}
