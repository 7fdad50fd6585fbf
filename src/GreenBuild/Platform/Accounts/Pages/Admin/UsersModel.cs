using GreenBuild.Platform.Accounts.Api;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using GreenBuild.Platform.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Platform.Accounts.Pages.Admin;

[Authorize(Policy = Policies.ProvinceAdmin)]
public sealed class UsersModel(GreenBuildDb db, AddUser addUser, DisableUser disableUser, IStringLocalizer<GreenBuild.Platform.Localization.UiText> text) : PageModel
{
    public sealed class NewUserForm
    {
        public string Email { get; set; } = "";
        public string DisplayName { get; set; } = "";
        public string Password { get; set; } = "";
        public string Role { get; set; } = Roles.CityOfficer;
        public string? CityCode { get; set; }
        public Guid? OrganizationId { get; set; }
    }

    [BindProperty]
    public NewUserForm Input { get; set; } = new();

    public IReadOnlyList<AccountsApi.UserDto> Users { get; private set; } = [];

    public IReadOnlyList<Place> Cities { get; private set; } = [];

    public IReadOnlyDictionary<string, string> PlaceNames { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<Guid, string> OrganizationNames { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? Message { get; private set; }

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        var outcome = await addUser.RunAsync(new NewUser(Input.Email.Trim(), Input.DisplayName, Input.Role, Input.Password,
            string.IsNullOrEmpty(Input.CityCode) ? null : Input.CityCode, Input.OrganizationId));
        if (outcome.Succeeded)
        {
            Message = text["users.added", outcome.Value!.Email!];
        }
        else
        {
            Errors = [.. outcome.Errors.Select(e => Problems.Message(text, e))];
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await LoadAsync();
        return Page();
    }

    public Task<IActionResult> OnPostDisableAsync(string id) => SetDisabled(id, true);

    public Task<IActionResult> OnPostEnableAsync(string id) => SetDisabled(id, false);

    private async Task<IActionResult> SetDisabled(string id, bool disabled)
    {
        var outcome = await disableUser.RunAsync(id, disabled);
        Errors = [.. outcome.Errors.Select(e => Problems.Message(text, e))];
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Users = await AccountsApi.ListUsers(db, HttpContext.RequestAborted);
        Cities = await db.Places.AsNoTracking().Where(p => p.Level == PlaceLevel.Prefecture).OrderBy(p => p.Code).ToListAsync();
        PlaceNames = Cities.ToDictionary(p => p.Code, p => p.Name);
        OrganizationNames = await db.Organizations.AsNoTracking().OrderBy(o => o.Name).ToDictionaryAsync(o => o.Id, o => o.Name);
    }
}
