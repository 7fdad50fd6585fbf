using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Platform.Demo;
using GreenBuild.Platform.Places;
using GreenBuild.Projects.Model;
using GreenBuild.Projects.Rules;
using GreenBuild.Standards.GreenRating;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Projects.Demo;

/// <summary>
/// Demo projects 2021–2024 for the 11 cities, from a fixed seed so every start tells the same story: green and
/// star shares rising toward the plan's targets, prefabrication ahead in 太原 and 大同, one city without a green
/// innovation project yet, a few projects with 强制 findings. Saved through the same planner and writer as any
/// import (checked, audited) and marked <see cref="Project.IsDemo"/>. One project of 太原 went from 施工图审查 to
/// 竣工验收 with a larger area and a better level, so the stage comparison has something to show. Idempotent.
/// </summary>
public sealed class SeedProjectsDemo(GreenBuildDb db, PlanProjectChanges planner, ApplyProjectChanges writer) : IDemoSeeder
{
    public const int Seed = 20220630;

    public const int ProjectsPerCityAndYear = 8;

    /// <summary>The city that has not created a green innovation project yet (the indicator shows it behind).</summary>
    public const string LaggingCity = "141100";

    /// <summary>The project seeded at 施工图审查 and then completed, so its design record can be compared.</summary>
    public const string CompletedCode = "DEMO-140100-2023-01";

    private static readonly DataScope Province = new(true, null, null);

    public int Order => 20;

    public async Task<string> RunAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<Project>().AnyAsync(p => p.IsDemo, cancellationToken))
        {
            return "projects: demo projects already present";
        }

        var places = await db.Places.AsNoTracking().Where(p => p.Level == PlaceLevel.County).OrderBy(p => p.Code).ToListAsync(cancellationToken);
        var prefectures = await db.Places.AsNoTracking().Where(p => p.Level == PlaceLevel.Prefecture).OrderBy(p => p.Code).ToListAsync(cancellationToken);
        var developer = await db.Organizations.AsNoTracking().Where(o => o.Kind == OrganizationKind.Developer).OrderBy(o => o.CreatedAtUtc).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        var designer = await db.Organizations.AsNoTracking().Where(o => o.Kind == OrganizationKind.DesignFirm).OrderBy(o => o.CreatedAtUtc).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        var random = new Random(Seed);
        var inputs = new List<ProjectInput>();
        foreach (var city in prefectures)
        {
            var counties = places.Where(p => p.ParentCode == city.Code).Select(p => p.Code).ToList();
            var innovationYear = city.Code == LaggingCity ? 0 : 2022 + (int)(uint.Parse(city.Code) % 3);
            for (var year = 2021; year <= 2024; year++)
            {
                for (var i = 0; i < ProjectsPerCityAndYear; i++)
                {
                    inputs.Add(DemoProject(random, city, counties, year, i, innovationYear, developer, designer));
                }
            }
        }

        var plan = await planner.RunAsync(Province, inputs, cancellationToken: cancellationToken);
        if (plan.HasErrors)
        {
            var first = plan.Rows.First(r => r.Refused);
            throw new InvalidOperationException($"Demo project {first.Input.Code} is invalid: {string.Join(", ", first.Errors.Select(e => e.Field + " " + e.Code))}");
        }

        foreach (var row in plan.Rows)
        {
            row.Result.IsDemo = true;
        }

        await writer.RunAsync(plan, CheckTrigger.Import, cancellationToken: cancellationToken);
        await CompleteOneAsync(inputs.First(i => i.Code == CompletedCode), cancellationToken);
        return $"projects: {inputs.Count} demo projects in {prefectures.Count} cities";
    }

    /// <summary>One demo project is completed with more area and one star: its design record is kept.</summary>
    private async Task CompleteOneAsync(ProjectInput first, CancellationToken cancellationToken)
    {
        var completed = first with
        {
            Stage = ProjectStage.CompletionAcceptance, ConstructionPermitDate = first.DesignReviewDate!.Value.AddMonths(2),
            CompletionDate = first.DesignReviewDate.Value.AddMonths(26), FloorAreaAbove = first.FloorAreaAbove + 1800, GreenLevel = GreenLevel.OneStar,
            GreenLevelEvidence = "绿色建筑标识（演示）",
        };
        var plan = await planner.RunAsync(Province, [completed], cancellationToken: cancellationToken);
        if (!plan.HasErrors)
        {
            await writer.RunAsync(plan, CheckTrigger.Save, cancellationToken: cancellationToken);
        }
    }

    private static ProjectInput DemoProject(Random random, Place city, List<string> counties, int year, int index, int innovationYear, string? developer, string? designer)
    {
        var progress = (year - 2021) / 4m;
        var leading = city.Code is "140100" or "140200";
        var type = index switch { < 5 => ProjectBuildingType.Residential, < 7 => ProjectBuildingType.Public, _ => ProjectBuildingType.Industrial };
        var subtype = type switch
        {
            ProjectBuildingType.Residential => BuildingSubtype.Housing,
            ProjectBuildingType.Public => (BuildingSubtype)(10 + random.Next(0, 6)),
            _ => BuildingSubtype.Factory,
        };
        var area = type switch { ProjectBuildingType.Residential => random.Next(20, 120), ProjectBuildingType.Public => random.Next(8, 60), _ => random.Next(10, 40) } * 1000m;
        var storeys = type switch { ProjectBuildingType.Residential => random.Next(11, 33), ProjectBuildingType.Public => random.Next(3, 24), _ => random.Next(1, 4) };
        var height = Math.Round(storeys * (type == ProjectBuildingType.Residential ? 2.95m : 4.2m) + 1.5m, 1);
        var review = new DateOnly(year, 1, 1).AddDays(random.Next(0, 360));
        var civil = type != ProjectBuildingType.Industrial;
        var green = !civil ? GreenLevel.NotQualified
            : random.NextDouble() < (double)(0.80m + (0.19m * progress)) ? (random.NextDouble() < (double)(0.10m + (0.2m * progress)) ? GreenLevel.OneStar : GreenLevel.Basic)
            : GreenLevel.NotQualified;
        if (type == ProjectBuildingType.Public && green != GreenLevel.NotQualified && random.NextDouble() < (double)(0.5m + (0.45m * progress)))
        {
            green = random.NextDouble() < 0.15 ? GreenLevel.TwoStar : GreenLevel.OneStar;
        }

        var innovation = year == innovationYear && index == 5;
        if (innovation)
        {
            green = GreenLevel.TwoStar;
        }

        var prefab = random.NextDouble() < (double)(0.14m + (0.16m * progress) + (leading ? 0.1m : 0m));
        var stage = year switch
        {
            2021 => index % 2 == 0 ? ProjectStage.Operation : ProjectStage.CompletionAcceptance,
            2022 => index % 2 == 0 ? ProjectStage.CompletionAcceptance : ProjectStage.ConstructionPermit,
            2023 when city.Code == "140100" && index == 0 => ProjectStage.DesignReview,
            2023 => ProjectStage.ConstructionPermit,
            _ => index % 3 == 0 ? ProjectStage.DesignReview : ProjectStage.ConstructionPermit,
        };
        var ownDeveloper = city.Code == "140100" && type == ProjectBuildingType.Residential && index % 2 == 0 && developer is not null;
        return new ProjectInput
        {
            Code = $"DEMO-{city.Code}-{year}-{index + 1:00}",
            Name = $"{city.Name}{Names[(index + year) % Names.Length]}{(type == ProjectBuildingType.Industrial ? "厂房" : type == ProjectBuildingType.Public ? "综合楼" : "住宅小区")}（演示）",
            CityCode = counties.Count > 0 ? counties[random.Next(counties.Count)] : city.Code,
            Location = $"{Names[(index * 3 + year) % Names.Length]}路 {random.Next(1, 300)} 号",
            OwnerName = ownDeveloper ? developer : $"{city.Name}{(type == ProjectBuildingType.Public ? "城市建设投资" : "演示置业")}有限公司",
            DesignOrganizationName = index % 3 == 0 ? designer : $"{city.Name}建筑设计院（演示）",
            ConstructionOrganizationName = stage >= ProjectStage.ConstructionPermit ? "山西建设投资集团（演示）" : null,
            Stage = stage,
            BuildingType = type, Subtype = subtype,
            Funding = type == ProjectBuildingType.Public ? (index == 5 ? Funding.Government : Funding.StateOwned) : Funding.Private,
            FloorAreaAbove = area, FloorAreaBelow = civil ? Math.Round(area * 0.2m) : 0, Storeys = storeys, Height = height,
            InitiationDate = review.AddMonths(-4),
            DesignReviewDate = review,
            ConstructionPermitDate = stage >= ProjectStage.ConstructionPermit ? review.AddMonths(2) : null,
            CompletionDate = stage >= ProjectStage.CompletionAcceptance ? review.AddMonths(26) : null,
            EnergyStandardPercent = type switch
            {
                ProjectBuildingType.Residential => year == 2021 && index == 1 ? 65 : 75,
                ProjectBuildingType.Public => year == 2021 && random.NextDouble() < 0.2 ? 65 : 72,
                _ => null,
            },
            GreenLevel = green,
            GreenLevelEvidence = green >= GreenLevel.OneStar ? "施工图审查意见（演示）" : null,
            IsPrefabricated = prefab,
            StructureType = type == ProjectBuildingType.Public && random.NextDouble() < 0.4 ? StructureType.Steel : StructureType.Concrete,
            AssemblyRatePercent = prefab ? (random.NextDouble() < 0.06 ? 46 : random.Next(50, 72)) : null,
            IsGreenInnovationProject = innovation,
            LowEnergyClass = leading && index == 1 && year >= 2022 ? (year % 2 == 0 ? LowEnergyClass.UltraLow : LowEnergyClass.NearZero) : LowEnergyClass.None,
            SolarThermalArea = type == ProjectBuildingType.Residential ? random.Next(3, 16) * 100 : 0,
            PvCapacityKwp = type == ProjectBuildingType.Public && area >= 20000 ? random.Next(5, 40) * 10 : 0,
            GroundSourceHeatPumpArea = type == ProjectBuildingType.Public && random.NextDouble() < 0.2 ? Math.Round(area * 0.6m) : 0,
            AirSourceHeatPumpArea = type == ProjectBuildingType.Residential && random.NextDouble() < 0.1 ? Math.Round(area * 0.3m) : 0,
        };
    }

    private static readonly string[] Names = ["汾河", "晋阳", "长风", "迎泽", "太行", "吕梁", "五台", "云冈", "恒山", "太岳", "中条", "黄河", "沁水", "桑干"];
}
