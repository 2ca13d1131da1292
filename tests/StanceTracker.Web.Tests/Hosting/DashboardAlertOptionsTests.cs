using Microsoft.Extensions.Configuration;
using StanceTracker.Web.Hosting;

namespace StanceTracker.Web.Tests.Hosting;

/// <summary>The dashboard's alert settings from its command line: SMTP, the link address, the interval, and refusals in words.</summary>
public sealed class DashboardAlertOptionsTests
{
    private static DashboardAlertOptions Read(Dictionary<string, string?> settings, string? password = null) =>
        DashboardAlertOptions.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(),
            name => name == "STANCETRACKER_SMTP_PASSWORD" ? password : null);

    [Fact]
    public void Without_an_smtp_host_email_waits_and_links_point_where_the_dashboard_listens()
    {
        var options = Read(new() { ["urls"] = "http://0.0.0.0:8080;http://127.0.0.1:9000" });

        Assert.Null(options.Settings.Smtp);
        Assert.Equal(new Uri("http://127.0.0.1:8080/"), options.Settings.Dashboard);
        Assert.Equal(DashboardAlertOptions.DefaultInterval, options.Interval);
    }

    [Fact]
    public void Smtp_settings_take_the_password_from_the_environment_and_never_print_it()
    {
        var options = Read(new()
        {
            ["smtp-host"] = "mail.example.org", ["smtp-port"] = "587", ["smtp-from"] = "alerts@example.org", ["smtp-user"] = "alerts",
            ["smtp-starttls"] = "true", ["dashboard-url"] = "https://stance.example.org/", ["alerts-every"] = "2",
        }, password: "s3cret");

        var smtp = options.Settings.Smtp!;
        Assert.Equal(("mail.example.org", 587, "alerts", "s3cret", true), (smtp.Host, smtp.Port, smtp.User, smtp.Password, smtp.StartTls));
        Assert.DoesNotContain("s3cret", smtp.ToString(), StringComparison.Ordinal);
        Assert.Equal(new Uri("https://stance.example.org/"), options.Settings.Dashboard);
        Assert.Equal(TimeSpan.FromMinutes(2), options.Interval);
    }

    [Theory]
    [InlineData("smtp-port", "twenty-five", "--smtp-port 'twenty-five': expected a whole number")]
    [InlineData("smtp-from", "nobody", "SMTP from: 'nobody' is not an email address")]
    [InlineData("smtp-user", "alerts", "STANCETRACKER_SMTP_PASSWORD is not set")]
    [InlineData("alerts-every", "0", "--alerts-every 0: expected minutes between 1 and 1440")]
    [InlineData("dashboard-url", "stance.example.org", "--dashboard-url 'stance.example.org': expected an absolute http or https URL")]
    public void An_unusable_setting_is_refused_in_words(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?> { ["smtp-host"] = "127.0.0.1", ["smtp-from"] = "alerts@example.org", [key] = value };

        var refusal = Assert.Throws<DashboardOptionsException>(() => Read(settings));

        Assert.Contains(expected, refusal.Message, StringComparison.Ordinal);
    }
}
