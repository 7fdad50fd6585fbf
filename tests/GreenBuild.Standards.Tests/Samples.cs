using GreenBuild.Standards.AssemblyRate;
using GreenBuild.Standards.Carbon;
using GreenBuild.Standards.EnergyUse;
using GreenBuild.Standards.GreenRating;
using GreenBuild.Standards.StandardCoal;

namespace GreenBuild.Standards.Tests;

/// <summary>Builders of valid inputs; tests change only what they are about.</summary>
internal static class Samples
{
    /// <summary>A completed public building meeting every table 3.2.8 row up to three stars.</summary>
    public static GreenRatingInput Rating(decimal safety, decimal health, decimal convenience, decimal resources, decimal environment, decimal bonus = 0) => new()
    {
        Stage = EvaluationStage.Evaluation,
        PrerequisitesMet = true,
        FullyDecorated = true,
        ClimateZone = ClimateZone.Cold,
        Categories = new CategoryScores { Safety = safety, Health = health, Convenience = convenience, Resources = resources, Environment = environment },
        InnovationScore = bonus,
        Measures = new StarMeasures
        {
            EnvelopeImprovementPercent = 20,
            WaterFittingsGrade = 2,
            PollutantReductionPercent = 20,
            WindowAirtightnessCompliant = true,
        },
    };

    /// <summary>Q1 = 30 (35%/70%), Q2 = 10, Q3 = 6 (full decoration only): P = 46%.</summary>
    public static AssemblyRateInput Assembly() => new()
    {
        VerticalMembersPercent = 35,
        HorizontalMembersPercent = 70,
        NonMasonryExteriorWallPercent = 80,
        ExteriorWallIntegrationPercent = 0,
        NonMasonryPartitionPercent = 50,
        PartitionIntegrationPercent = 0,
        FullDecoration = true,
        DryFloorPercent = 0,
        IntegratedKitchenPercent = 0,
        IntegratedBathroomPercent = 0,
        PipelineSeparationPercent = 0,
    };

    /// <summary>Every item at its upper ratio: P = 100%.</summary>
    public static AssemblyRateInput FullAssembly() => new()
    {
        VerticalMembersPercent = 80,
        HorizontalMembersPercent = 80,
        NonMasonryExteriorWallPercent = 80,
        ExteriorWallIntegrationPercent = 80,
        NonMasonryPartitionPercent = 50,
        PartitionIntegrationPercent = 80,
        FullDecoration = true,
        DryFloorPercent = 70,
        IntegratedKitchenPercent = 90,
        IntegratedBathroomPercent = 90,
        PipelineSeparationPercent = 70,
    };

    public static EnergyUseInput Office(decimal kwh, decimal area = 10000) => new()
    {
        BuildingType = PublicBuildingType.GovernmentOffice,
        OperationClass = OperationClass.A,
        ClimateZone = ClimateZone.Cold,
        FloorArea = area,
        AnnualNonHeatingEnergyKwh = kwh,
    };

    public static CarbonInput Carbon(params CarbonEnergyUse[] energy) => new()
    {
        FloorArea = 1000,
        DesignLifeYears = 50,
        GridRegion = "shanxi",
        GridFactorYear = 2022,
        Energy = energy,
    };

    public static CarbonEnergyUse Use(EnergyCarrier carrier, decimal consumption, decimal renewable = 0) =>
        new() { Carrier = carrier, AnnualConsumption = consumption, OnSiteRenewable = renewable };

    public static StandardCoalInput Coal(params EnergyAmount[] amounts) => new() { Amounts = amounts };

    public static EnergyAmount Amount(EnergyCarrier carrier, decimal quantity) => new() { Carrier = carrier, Quantity = quantity };

    /// <summary>One valid input per catalog name.</summary>
    public static IReadOnlyDictionary<string, object> ByName() => new Dictionary<string, object>
    {
        ["green-rating"] = Rating(50, 50, 50, 100, 50, 10),
        ["assembly-rate"] = FullAssembly(),
        ["energy-use"] = Office(650000) with { OfficeUsage = new OfficeUsage { AnnualHoursOfUse = 3000, FloorAreaPerPerson = 12 } },
        ["carbon"] = Carbon(Use(EnergyCarrier.Electricity, 123456.7m, 2345.6m), Use(EnergyCarrier.NaturalGas, 9876.5m)),
        ["standard-coal"] = Coal(Amount(EnergyCarrier.Electricity, 123456.7m), Amount(EnergyCarrier.NaturalGas, 9876.5m)),
    };
}
