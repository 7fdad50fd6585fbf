using System.Text.Json;
using System.Text.Json.Serialization;
using GreenBuild.Platform.Accounts;
using GreenBuild.Projects.Model;

namespace GreenBuild.Projects;

/// <summary>A saved project and the check made on saving it (null when nothing changed, so nothing was checked anew).</summary>
public sealed record SavedProject(Project Project, ProjectCheckRecord? Check, bool Changed);

/// <summary>
/// Creates or updates one project (by its code) within the caller's scope: validated, checked against the current
/// rule set with the check stored with its version; a move to a later stage with 强制 findings is refused unless
/// the province gives a reason. Saving the same input twice changes nothing the second time.
/// </summary>
public sealed class SaveProject(PlanProjectChanges planner, ApplyProjectChanges writer)
{
    internal static readonly JsonSerializerOptions FindingsJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<Outcome<SavedProject>> RunAsync(DataScope scope, ProjectInput input, CancellationToken cancellationToken = default)
    {
        var plan = await planner.RunAsync(scope, [input], cancellationToken: cancellationToken);
        var row = plan.Rows[0];
        if (row.Refused)
        {
            return Outcome<SavedProject>.Fail([.. row.Errors]);
        }

        var checks = await writer.RunAsync(plan, CheckTrigger.Save, cancellationToken: cancellationToken);
        return Outcome<SavedProject>.Ok(new SavedProject(row.Action == RowAction.Unchanged ? row.Existing! : row.Result, checks.Count > 0 ? checks[0] : null, row.Action != RowAction.Unchanged));
    }
}
