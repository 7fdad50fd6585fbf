using GreenBuild.Labels.Api;
using GreenBuild.Labels.Certificates;
using GreenBuild.Labels.Model;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Localization;
using GreenBuild.Standards.GreenRating;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace GreenBuild.Labels.Pages;

/// <summary>证书 — a certificate with its PDF, its re-checks, the link to operation data; the province records re-checks.</summary>
[Authorize(Roles = PageRoles.Holders)]
public sealed class CertificateModel(GreenBuildDb db, RecordRecheck recheck, LinkOperationData link, OperationData operation, IStringLocalizer<UiText> text) : PageModel
{
    public LabelDtos.CertificateDto Certificate { get; private set; } = null!;

    public IReadOnlyList<Recheck> Rechecks { get; private set; } = [];

    /// <summary>The linked building's annual figures from energy monitoring (null when not linked).</summary>
    public GreenBuild.Energy.Contracts.AnnualEnergyFigures? Operation { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? Done { get; private set; }

    public LabelActor Actor => LabelActor.Of(User);

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, int? year, CancellationToken cancellationToken)
    {
        Done = done;
        return await LoadAsync(id, cancellationToken, year) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRecheckAsync(Guid id, RecheckOutcome outcome, GreenLevel? level, string? reason, string? findings, int? operationYear, CancellationToken cancellationToken) =>
        await Finish(id, "rechecked", await recheck.RunAsync(Actor, id, new RecheckInput(outcome, level, reason, findings, operationYear), cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostLinkAsync(Guid id, string? buildingCode, CancellationToken cancellationToken) =>
        await Finish(id, "linked", await link.RunAsync(Actor, id, buildingCode, cancellationToken), cancellationToken);

    private async Task<IActionResult> Finish(Guid id, string done, Outcome<Certificate> outcome, CancellationToken cancellationToken)
    {
        if (outcome.Succeeded)
        {
            return LocalRedirect($"/labels/certificates/{id}?done={done}");
        }

        if (!await LoadAsync(id, cancellationToken) || outcome.Errors.Any(e => e.Code == "labels.notfound"))
        {
            return NotFound();
        }

        Errors = [.. outcome.Errors.Select(e => LabelProblems.Message(text, e))];
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken, int? year = null)
    {
        var certificate = await CertificatesApi.Visible(db, Actor).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (certificate is null)
        {
            return false;
        }

        Certificate = LabelDtos.Certificate(certificate, true);
        Operation = await operation.ForAsync(certificate, year, cancellationToken);
        Rechecks = await db.Set<Recheck>().AsNoTracking().Where(r => r.CertificateId == id).OrderByDescending(r => r.DueAtUtc).ToListAsync(cancellationToken);
        return true;
    }
}
