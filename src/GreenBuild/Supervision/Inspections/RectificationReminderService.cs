using Microsoft.Extensions.Options;

namespace GreenBuild.Supervision.Inspections;

/// <summary>How often the reminder service looks for due rectifications and complaints (<c>Supervision:Reminders</c>).</summary>
public sealed class ReminderOptions
{
    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>The hosted service that calls <see cref="SendRectificationReminders"/> and <see cref="Complaints.WarnComplaintDeadlines"/> on the injected clock's timer.</summary>
internal sealed class RectificationReminderService(IServiceScopeFactory scopes, TimeProvider clock, IOptions<ReminderOptions> options, ILogger<RectificationReminderService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var sent = await scope.ServiceProvider.GetRequiredService<SendRectificationReminders>().RunAsync(stoppingToken);
                var warned = await scope.ServiceProvider.GetRequiredService<Complaints.WarnComplaintDeadlines>().RunAsync(stoppingToken);
                if (sent + warned > 0)
                {
                    log.LogInformation("Sent {Count} rectification reminders and {Warnings} complaint deadline warnings", sent, warned);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Rectification reminders or complaint warnings failed; retrying at the next tick");
            }
        }
    }
}
