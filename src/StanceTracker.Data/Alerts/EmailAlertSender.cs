using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace StanceTracker.Data.Alerts;

/// <summary>Alerts by email through the configured SMTP server (MailKit), as plain text.</summary>
public sealed class EmailAlertSender : IAlertSender
{
    public AlertChannel Channel => AlertChannel.Email;

    public async Task SendAsync(AlertMessage message, AlertSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(settings);
        var smtp = settings.Smtp ?? throw new AlertSendException("no SMTP server is configured");
        var mail = new MimeMessage();
        mail.From.Add(MailboxAddress.Parse(smtp.From));
        mail.To.Add(MailboxAddress.Parse(message.Follow.Address));
        mail.Subject = message.Subject;
        mail.Body = new TextPart("plain") { Text = message.Body() };

        using var client = new SmtpClient { Timeout = (int)settings.SendTimeout.TotalMilliseconds };
        try
        {
            var security = smtp.StartTls ? SecureSocketOptions.StartTls : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.None;
            await client.ConnectAsync(smtp.Host, smtp.Port, security, cancellationToken).ConfigureAwait(false);
            if (smtp.User is not null)
            {
                await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", cancellationToken).ConfigureAwait(false);
            }
            await client.SendAsync(mail, cancellationToken).ConfigureAwait(false);
            await client.DisconnectAsync(true, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is System.Net.Sockets.SocketException or IOException or SmtpCommandException or SmtpProtocolException
            or AuthenticationException or SslHandshakeException or MailKit.ServiceNotConnectedException or TimeoutException)
        {
            throw new AlertSendException($"SMTP {smtp.Host}:{smtp.Port}: {e.Message}", e);
        }
    }
}
