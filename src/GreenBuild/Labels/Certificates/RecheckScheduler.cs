using Microsoft.Extensions.Options;

namespace GreenBuild.Labels.Certificates;

/// <summary>
/// The hosted service behind scheduled re-checks: every <see cref="LabelsOptions.SchedulerInterval"/> of the injected
/// clock it calls <see cref="ScheduleRechecks"/>. All the rules are in the use case; this only keeps time.
/// </summary>
public sealed class RecheckScheduler(IServiceScopeFactory scopes, IOptions<LabelsOptions> options, TimeProvider clock, ILogger<RecheckScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SchedulerInterval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var opened = await scope.ServiceProvider.GetRequiredService<ScheduleRechecks>().RunAsync(stoppingToken);
                if (opened > 0)
                {
                    logger.LogInformation("Opened {Count} label re-checks", opened);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Scheduling label re-checks failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
