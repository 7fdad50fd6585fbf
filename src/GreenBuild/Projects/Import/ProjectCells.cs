using System.Globalization;
using GreenBuild.Projects.Model;

namespace GreenBuild.Projects.Import;

/// <summary>A project's values in the template's columns, as the template writes them (choices by their labels).</summary>
internal static class ProjectCells
{
    public static object?[] Of(Project p, IReadOnlyDictionary<Guid, (string Name, string? CreditCode)> organizations, IReadOnlyDictionary<string, string> places)
    {
        var owner = organizations.GetValueOrDefault(p.OrganizationId);
        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["code"] = p.Code, ["name"] = p.Name, ["cityCode"] = places.GetValueOrDefault(p.CityCode, p.CityCode), ["location"] = p.Location,
            ["ownerName"] = owner.Name, ["ownerCreditCode"] = owner.CreditCode,
            ["designOrganizationName"] = p.DesignOrganizationId is { } d ? organizations.GetValueOrDefault(d).Name : null,
            ["constructionOrganizationName"] = p.ConstructionOrganizationId is { } c ? organizations.GetValueOrDefault(c).Name : null,
            ["stage"] = p.Stage, ["isUrban"] = p.IsUrban, ["isNewBuilding"] = p.IsNewBuilding, ["buildingType"] = p.BuildingType,
            ["subtype"] = p.Subtype == BuildingSubtype.Unspecified ? null : p.Subtype, ["funding"] = p.Funding,
            ["floorAreaAbove"] = p.FloorAreaAbove, ["floorAreaBelow"] = p.FloorAreaBelow, ["storeys"] = p.Storeys, ["height"] = p.Height,
            ["isSuperHighRise"] = p.IsSuperHighRise, ["initiationDate"] = p.InitiationDate, ["designReviewDate"] = p.DesignReviewDate,
            ["constructionPermitDate"] = p.ConstructionPermitDate, ["completionDate"] = p.CompletionDate,
            ["energyStandardPercent"] = p.EnergyStandardPercent?.ToString(CultureInfo.InvariantCulture), ["greenLevel"] = p.GreenLevel,
            ["greenLevelEvidence"] = p.GreenLevelEvidence, ["isPrefabricated"] = p.IsPrefabricated, ["structureType"] = p.StructureType,
            ["assemblyRatePercent"] = p.AssemblyRatePercent, ["isDemonstration"] = p.IsDemonstration,
            ["isGreenInnovationProject"] = p.IsGreenInnovationProject, ["demonstrationZone"] = p.DemonstrationZone,
            ["lowEnergyClass"] = p.LowEnergyClass, ["solarThermalArea"] = p.SolarThermalArea, ["pvCapacityKwp"] = p.PvCapacityKwp,
            ["groundSourceHeatPumpArea"] = p.GroundSourceHeatPumpArea, ["airSourceHeatPumpArea"] = p.AirSourceHeatPumpArea,
            ["geothermalArea"] = p.GeothermalArea,
        };
        var row = ProjectColumns.All.Select(column => Label(column, values.GetValueOrDefault(column.Field))).ToList();
        row.Add(p.MandatoryFindings);
        row.Add(p.AdvisoryFindings);
        row.Add(GreenBuild.Platform.Web.Formats.Local(p.UpdatedAtUtc));
        return [.. row];
    }

    /// <summary>A choice by its label; flags as 是/否 (or the column's own labels, 城镇/农村 …).</summary>
    private static object? Label(ProjectColumn column, object? value)
    {
        if (value is null || column.Choices.Count == 0)
        {
            return value;
        }

        var key = value switch { bool b => b ? "true" : "false", Enum e => e.ToString(), _ => Convert.ToString(value, CultureInfo.InvariantCulture) };
        return column.Choices.FirstOrDefault(c => c.Value == key).Label ?? key;
    }
}
