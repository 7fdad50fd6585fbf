using GreenBuild.Indicators.Api;
using GreenBuild.Platform.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GreenBuild.Indicators.Pages;

/// <summary>One indicator opened up: its figures with the plan's words, the rule applied, the cities and every input with who entered it.</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class IndicatorDetailModel(ReadIndicators read) : PageModel
{
    public IndicatorFigure? Province { get; private set; }

    public IReadOnlyList<CityValueDto> Cities { get; private set; } = [];

    public IReadOnlyList<Observation> Inputs { get; private set; } = [];

    public IReadOnlyDictionary<string, string> CityNames { get; private set; } = new Dictionary<string, string>();

    public IndicatorSnapshot? Snapshot { get; private set; }

    /// <summary>Officials may open a computed value to its projects; the city officer those of its own city.</summary>
    public bool CanTrace { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        Snapshot = await read.RunAsync(false, cancellationToken);
        var indicator = Snapshot?.Indicators.FirstOrDefault(i => i.Code == code);
        if (indicator is null)
        {
            return NotFound();
        }

        var scope = DataScope.Of(User);
        Province = Snapshot!.Figure(indicator, null);
        Cities = IndicatorsApi.CityValues(Snapshot, indicator, scope);
        Inputs = [.. Province.Inputs.Where(o => indicator.IsPublic || scope.CanSeeCity(o.CityCode))];
        CityNames = Snapshot.Cities.Append((Code: "140000", Name: "山西省")).ToDictionary(c => c.Code, c => c.Name);
        CanTrace = scope.IsProvince || scope.CityCode is not null;
        return Page();
    }
}
