using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using GreenBuild.Supervision.Model;
using GreenBuild.Supervision.Tasks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Supervision.Pages;

/// <summary>双随机检查任务 — the tasks of the user's scope and a form for a new draft.</summary>
[Authorize(Policy = Policies.Officials)]
public sealed class TasksModel(GreenBuildDb db, SaveTask save, TimeProvider clock, IStringLocalizer<UiText> text) : PageModel
{
    public IReadOnlyList<InspectionTask> Tasks { get; private set; } = [];

    [BindProperty]
    public TaskForm Form { get; set; } = new();

    public IReadOnlyList<(string Code, string Name)> Organizers { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var scope = DataScope.Of(User);
        Organizers = await TaskOrganizers.ForAsync(db, scope, ct);
        Form = new TaskForm
        {
            CityCode = Organizers.Count > 0 ? Organizers[0].Code : InspectionTask.ProvinceCode,
            DrawAtLocal = TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime.Date.AddDays(7).AddHours(2), Platform.Web.Formats.China),
            Sources = text["task.form.sources.example"],
        };
        Tasks = [.. (await scope.WithinCity(db.Set<InspectionTask>().AsNoTracking(), t => t.CityCode).ToListAsync(ct))
            .OrderByDescending(t => t.CreatedAtUtc).ThenBy(t => t.Code, StringComparer.Ordinal)];
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var outcome = await save.CreateAsync(DataScope.Of(User), Form.ToInput(), ct: ct);
        if (outcome.Succeeded)
        {
            return Redirect($"/supervision/tasks/{outcome.Value!.Id}");
        }

        var form = Form;
        await OnGetAsync(ct);
        (Form, Errors) = (form, [.. outcome.Errors.Select(e => SupervisionProblems.Message(text, e))]);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
