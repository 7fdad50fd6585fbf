using System.Security.Claims;
using GreenBuild.Platform.Accounts;
using GreenBuild.Supervision.Model;

namespace GreenBuild.Supervision.Inspections;

/// <summary>
/// Who may do what with an inspection: an inspector only with the inspections it was drawn for; officials within
/// their city (the object's city); the inspected enterprise's own staff may read it and report its rectification.
/// </summary>
public sealed record InspectionAccess(ClaimsPrincipal User)
{
    public string? UserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    public DataScope Scope => DataScope.Of(User);

    public bool IsOfficial => User.IsInRole(Roles.ProvinceAdmin) || User.IsInRole(Roles.ProvinceOfficer) || User.IsInRole(Roles.CityOfficer);

    public bool IsAssigned(Inspection inspection) =>
        User.IsInRole(Roles.Inspector) && UserId is { } id && inspection.Assignments.Any(a => a.UserId == id);

    public bool IsInspectedEnterprise(Inspection inspection) =>
        User.IsInRole(Roles.Applicant) && inspection.OrganizationId is { } org && Scope.OrganizationId == org && inspection.Status != InspectionStatus.Assigned;

    public bool CanManage(Inspection inspection) => IsOfficial && Scope.CanSeeCity(inspection.CityCode);

    public bool CanRecord(Inspection inspection) => IsAssigned(inspection) || CanManage(inspection);

    public bool CanRead(Inspection inspection) => CanRecord(inspection) || IsInspectedEnterprise(inspection);
}
