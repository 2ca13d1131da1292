namespace StanceTracker.Data.Alerts;

/// <summary>
/// How to reach an SMTP server. The password is never an argument or a setting: it comes from the environment variable
/// <see cref="PasswordVariable"/>, read when the settings are made.
/// </summary>
/// <param name="StartTls">Require STARTTLS on a plain connection; without it, port 465 means TLS from the start and any other port plain SMTP.</param>
public sealed record SmtpSettings(string Host, int Port, string From, string? User = null, string? Password = null, bool StartTls = false)
{
    public const string PasswordVariable = "STANCETRACKER_SMTP_PASSWORD";

    public const int DefaultPort = 25;

    /// <summary>The settings, checked; the password read from <see cref="PasswordVariable"/> when a user is given.</summary>
    /// <exception cref="ArgumentException">A part is missing or not usable, named in the message.</exception>
    public static SmtpSettings Create(string host, int? port, string? from, string? user, bool startTls, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (string.IsNullOrWhiteSpace(host) || Uri.CheckHostName(host.Trim()) == UriHostNameType.Unknown)
        {
            throw new ArgumentException($"SMTP host '{AlertRules.Shown(host ?? "")}' is not a host name or address");
        }
        var chosenPort = port ?? DefaultPort;
        if (chosenPort is < 1 or > 65535)
        {
            throw new ArgumentException($"SMTP port {chosenPort} is not between 1 and 65535");
        }
        if (AlertRules.CheckAddress(AlertChannel.Email, from) is { } badFrom)
        {
            throw new ArgumentException($"SMTP from: {badFrom}");
        }
        string? password = null;
        if (!string.IsNullOrWhiteSpace(user))
        {
            password = environment(PasswordVariable);
            if (string.IsNullOrEmpty(password))
            {
                throw new ArgumentException($"SMTP user '{AlertRules.Shown(user)}' is given but {PasswordVariable} is not set (the password is read from there, never from an argument)");
            }
        }
        return new SmtpSettings(host.Trim(), chosenPort, from!.Trim(), string.IsNullOrWhiteSpace(user) ? null : user.Trim(), password, startTls);
    }

    // The password never appears when the settings are printed or logged.
    public override string ToString() => $"{Host}:{Port} from {From}{(User is null ? "" : $" as {User}")}{(StartTls ? " (STARTTLS)" : "")}";
}

/// <summary>What one dispatch run needs besides the store: SMTP (null: email follows wait), the dashboard's address and the send timeout.</summary>
public sealed record AlertSettings(SmtpSettings? Smtp, Uri Dashboard)
{
    /// <summary>Every send gives up after this long: a server that hangs delays only its own follow.</summary>
    public TimeSpan SendTimeout { get; init; } = TimeSpan.FromSeconds(20);

    public static readonly Uri DefaultDashboard = new("http://127.0.0.1:5000/");
}
