using Microsoft.Extensions.Configuration;
using StanceTracker.Data;
using StanceTracker.Web.Hosting;

namespace StanceTracker.Web.Tests.Hosting;

/// <summary>Which mode the dashboard's options put it in, from the command line it was started with.</summary>
public sealed class DashboardAccessTests
{
    private static DashboardAccess Access(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return new DashboardAccess(DashboardOptions.FromConfiguration(configuration, ProjectPaths.DataDirectory));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("http://127.0.0.1:5000", true)]
    [InlineData("http://localhost:5000;https://[::1]:5001", true)]
    [InlineData("http://0.0.0.0:5000", false)]
    [InlineData("http://*:5000", false)]
    [InlineData("http://+:5000", false)]
    [InlineData("http://[::]:5000", false)]
    [InlineData("http://127.0.0.1:5000;http://192.168.1.20:5000", false)]
    [InlineData("http://dashboard.example.org", false)]
    public void Only_loopback_addresses_count_as_loopback(string? urls, bool expected) =>
        Assert.Equal(expected, DashboardOptions.ListensOnLoopbackOnly(urls));

    [Fact]
    public void The_default_sqlite_on_loopback_needs_no_sign_in_and_lets_anyone_write()
    {
        var access = Access();
        Assert.False(access.SignInRequired);
        Assert.True(access.AnonymousMayWrite);
        Assert.Null(access.Refusal(new(), DashboardAction.Review));
        Assert.Null(access.Refusal(new(), DashboardAction.Ingest));
    }

    [Fact]
    public void A_postgres_store_turns_sign_in_on_unless_told_otherwise()
    {
        Assert.True(Access(("db", "Host=localhost;Database=team")).SignInRequired);
        Assert.False(Access(("db", "Host=localhost;Database=team"), ("auth", "off")).SignInRequired);
        Assert.True(Access(("auth", "on")).SignInRequired);
        Assert.Throws<DashboardOptionsException>(() => Access(("auth", "maybe")));
    }

    [Fact]
    public void Without_sign_in_beyond_loopback_anonymous_may_read_only()
    {
        var access = Access(("urls", "http://0.0.0.0:5000"));
        Assert.False(access.AnonymousMayWrite);
        Assert.Null(access.Refusal(new(), DashboardAction.Read));
        Assert.Contains("read-only", access.Refusal(new(), DashboardAction.Review), StringComparison.Ordinal);
        Assert.Contains("read-only", access.Refusal(new(), DashboardAction.Ingest), StringComparison.Ordinal);
    }
}
