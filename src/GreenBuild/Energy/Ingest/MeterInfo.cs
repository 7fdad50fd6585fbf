using GreenBuild.Energy.Readings;

namespace GreenBuild.Energy.Ingest;

/// <summary>
/// What an ingest knows of a meter: its rules and where its energy rolls up to (RollupCodes: the building-level codes
/// the meter's energy counts for, by the hierarchy rule of docs/modules/energy.md).
/// </summary>
internal sealed record MeterInfo(
    Guid Id, string Code, Guid BuildingId, string PrefectureCode, string BuildingType, string Unit, Guid? CollectorId,
    int ExpectedPerDay, MeterRules Rules, IReadOnlyList<string> RollupCodes);
