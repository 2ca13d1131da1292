namespace StanceTracker.Data.Alerts;

/// <summary>Sends one message through one kind of channel; a failure is an exception whose message says what went wrong.</summary>
public interface IAlertSender
{
    AlertChannel Channel { get; }

    /// <exception cref="AlertSendException">The channel refused or could not be reached.</exception>
    Task SendAsync(AlertMessage message, AlertSettings settings, CancellationToken cancellationToken);
}

/// <summary>A message not delivered, with the reason as the delivery records it.</summary>
public sealed class AlertSendException(string message, Exception? inner = null) : Exception(message, inner);
