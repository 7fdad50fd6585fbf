using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Places;
using GreenBuild.Projects.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Projects.Pages;

/// <summary>项目库 — the projects within the user's scope, filtered, searched and paged; export of what is shown; bulk re-check.</summary>
[Authorize(Policy = ProjectsModule.RegistryPolicy)]
public sealed class ProjectListModel(GreenBuildDb db, RecheckProjects recheck) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public ProjectQuery Query { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ProjectRowDto> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyDictionary<string, string> PlaceNames { get; private set; } = new Dictionary<string, string>();

    /// <summary>The cities the user may filter by (prefectures, and for a city officer its own).</summary>
    public IReadOnlyList<Place> Cities { get; private set; } = [];

    public RecheckSummary? Rechecked { get; private set; }

    public bool IsOfficial => DataScope.Of(User) is { } s && (s.IsProvince || s.CityCode is not null);

    /// <summary>The filter as a query string, for paging and export links.</summary>
    public string FilterQuery(int? page = null)
    {
        var parts = new List<string>();
        void Add(string name, object? value)
        {
            if (value is not null && !(value is string s && s.Length == 0))
            {
                parts.Add($"{name}={Uri.EscapeDataString(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!)}");
            }
        }

        Add("city", Query.City);
        Add("stage", Query.Stage);
        Add("type", Query.Type);
        Add("funding", Query.Funding);
        Add("greenLevel", Query.GreenLevel);
        Add("year", Query.Year);
        Add("hasMandatoryFindings", Query.HasMandatoryFindings);
        Add("q", Query.Q);
        Add("page", page);
        return string.Join("&", parts);
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = DataScope.Of(User);
        var filtered = Query.Apply(db, scope);
        Total = await filtered.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Rows = await filtered.OrderBy(p => p.Code).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(p => new ProjectRowDto(p.Id, p.Code, p.Name, p.CityCode, p.Stage, p.BuildingType, p.Funding, p.FloorAreaAbove + p.FloorAreaBelow,
                p.GreenLevel, p.DesignReviewDate, p.MandatoryFindings, p.AdvisoryFindings))
            .ToListAsync(cancellationToken);
        var places = await db.Places.AsNoTracking().ToListAsync(cancellationToken);
        PlaceNames = places.ToDictionary(p => p.Code, p => p.Name);
        Cities = [.. scope.WithinCity(places.Where(p => p.Level == PlaceLevel.Prefecture).AsQueryable(), p => p.Code).OrderBy(p => p.Code)];
    }

    public async Task<IActionResult> OnPostRecheckAsync(CancellationToken cancellationToken)
    {
        if (!IsOfficial)
        {
            return Forbid();
        }

        Rechecked = await recheck.RunAsync(DataScope.Of(User), Query, cancellationToken: cancellationToken);
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
