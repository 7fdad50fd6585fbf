using System.Text.Json;
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

/// <summary>One task for its officials: edit the draft, announce, make a new version, enter the sources, draw; the draws and inspections.</summary>
[Authorize(Policy = Policies.Officials)]
public sealed class TaskDetailModel(GreenBuildDb db, SaveTask save, AnnounceTask announce, RecordSourceValue sources, RunTaskDraw draw, IStringLocalizer<UiText> text)
    : PageModel
{
    public InspectionTask? Task { get; private set; }

    public IReadOnlyList<Inspection> Inspections { get; private set; } = [];

    [BindProperty]
    public TaskForm Form { get; set; } = new();

    public IReadOnlyList<(string Code, string Name)> Organizers { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        Task = await db.Set<InspectionTask>().AsNoTracking().Include(t => t.Sources).Include(t => t.Lists).Include(t => t.Draws).AsSplitQuery()
            .FirstOrDefaultAsync(t => t.Id == id, ct);
        if (Task is null || !DataScope.Of(User).CanSeeCity(Task.CityCode))
        {
            return NotFound();
        }

        Form = TaskForm.From(Task);
        Organizers = await TaskOrganizers.ForAsync(db, DataScope.Of(User), ct);
        Inspections = await db.Set<Inspection>().AsNoTracking().Include(i => i.Assignments).Where(i => i.TaskId == id).OrderBy(i => i.ObjectCode).ToListAsync(ct);
        Message = done is null ? null : text["task.done." + done].Value;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct)
    {
        var form = Form;
        return await After(id, await save.UpdateAsync(DataScope.Of(User), id, Form.ToInput(), ct), "saved", ct, form);
    }

    public async Task<IActionResult> OnPostAnnounceAsync(Guid id, CancellationToken ct) => await After(id, await announce.RunAsync(DataScope.Of(User), id, ct), "announced", ct);

    public async Task<IActionResult> OnPostVersionAsync(Guid id, CancellationToken ct)
    {
        var outcome = await save.NewVersionAsync(DataScope.Of(User), id, ct);
        return outcome.Succeeded ? Redirect($"/supervision/tasks/{outcome.Value!.Id}?done=version") : await After(id, outcome, "", ct);
    }

    public async Task<IActionResult> OnPostSourceAsync(Guid id, int position, string? values, CancellationToken ct) =>
        await After(id, await sources.RunAsync(DataScope.Of(User), id, position, values ?? "", ct), "source", ct);

    public async Task<IActionResult> OnPostDrawAsync(Guid id, CancellationToken ct) => await After(id, await draw.RunAsync(DataScope.Of(User), id, ct), "drawn", ct);

    private async Task<IActionResult> After<T>(Guid id, Outcome<T> outcome, string done, CancellationToken ct, TaskForm? form = null)
    {
        if (outcome.Succeeded)
        {
            return Redirect($"/supervision/tasks/{id}?done={done}");
        }

        var page = await OnGetAsync(id, null, ct);
        Errors = [.. outcome.Errors.Select(e => SupervisionProblems.Message(text, e))];
        Form = form ?? Form;
        Response.StatusCode = page is NotFoundResult ? 404 : 400;
        return page;
    }

    public static IReadOnlyList<ListMember> Members(TaskList list) => JsonSerializer.Deserialize<List<ListMember>>(list.MembersJson, AnnounceTask.MemberJson) ?? [];
}
