namespace GreenBuild.Energy.Ingest;

/// <summary>Additive changes of a period's sums.</summary>
internal struct PeriodDelta
{
    public long Energy;
    public int Valid;
    public int Expected;
    public int Excluded;
    public int Days;

    public readonly bool IsZero => Energy == 0 && Valid == 0 && Expected == 0 && Excluded == 0 && Days == 0;

    public void Add(DayStats now, DayStats? before)
    {
        Energy += now.EnergyMilli - (before?.EnergyMilli ?? 0);
        Valid += now.Valid - (before?.Valid ?? 0);
        Expected += now.Expected - (before?.Expected ?? 0);
        Excluded += now.Excluded - (before?.Excluded ?? 0);
        Days += (now.Readings > 0 ? 1 : 0) - (before is { Readings: > 0 } ? 1 : 0);
    }
}

/// <summary>Additive changes of a building's year by the ranking's three carriers.</summary>
internal struct CarrierDelta
{
    public long Electricity;
    public long Heat;
    public long Gas;

    public readonly bool IsZero => Electricity == 0 && Heat == 0 && Gas == 0;

    /// <summary>Adds the energy of a roll-up code when it is one of the three carriers; other codes are not in the year row.</summary>
    public void Add(string code, long energy)
    {
        switch (code)
        {
            case Benchmarking.ReadRanking.Electricity:
                Electricity += energy;
                break;
            case Benchmarking.ReadRanking.Heat:
                Heat += energy;
                break;
            case Benchmarking.ReadRanking.Gas:
                Gas += energy;
                break;
        }
    }

    public static bool IsCarrier(string code) => code is Benchmarking.ReadRanking.Electricity or Benchmarking.ReadRanking.Heat or Benchmarking.ReadRanking.Gas;
}

/// <summary>
/// The roll-up changes of one batch: each written meter-day contributes (new − stored) to its meter's month and
/// year, and through the meter's roll-up codes to its building's month and year, to its building's year by carrier
/// (<c>energy_building_years</c>: the yearly rows of 01000, 04000 and 03000 side by side) and to its city and type's year.
/// Sums of exact integers, so the result does not depend on the order the days were written in. A day adds to its
/// meter's two periods only; the building, building-year and area sums are made from the meters' periods when first
/// read (the same integer sums, without four more dictionary updates, string keys among them, per day).
/// </summary>
internal sealed class RollupChanges
{
    private readonly Dictionary<Guid, MeterInfo> infos = [];
    private Derived? derived;

    public Dictionary<(Guid Meter, int Year, int Month), PeriodDelta> Meters { get; } = [];

    public Dictionary<(Guid Building, string Code, int Year, int Month), long> Buildings => Derive().Buildings;

    public Dictionary<(Guid Building, int Year), CarrierDelta> BuildingYears => Derive().BuildingYears;

    public Dictionary<(string City, string Type, string Code, int Year), long> Areas => Derive().Areas;

    public void Add(MeterInfo meter, DateOnly day, DayStats now, DayStats? before)
    {
        derived = null;
        infos.TryAdd(meter.Id, meter);
        AddMeter(meter.Id, day.Year, day.Month, now, before);
        AddMeter(meter.Id, day.Year, 0, now, before);
    }

    private void AddMeter(Guid meter, int year, int month, DayStats now, DayStats? before)
    {
        ref var delta = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(Meters, (meter, year, month), out _);
        delta.Add(now, before);
    }

    /// <summary>Each meter period's energy through the meter's roll-up codes: a month to the building's month, a year (month 0) to the building's year, its carrier row and its area's year.</summary>
    private Derived Derive()
    {
        if (derived is { } done)
        {
            return done;
        }

        var result = new Derived([], [], []);
        foreach (var ((meterId, year, month), delta) in Meters)
        {
            if (delta.Energy == 0)
            {
                continue;
            }

            var meter = infos[meterId];
            foreach (var code in meter.RollupCodes)
            {
                result.Buildings[(meter.BuildingId, code, year, month)] = result.Buildings.GetValueOrDefault((meter.BuildingId, code, year, month)) + delta.Energy;
                if (month != 0)
                {
                    continue;
                }

                if (CarrierDelta.IsCarrier(code))
                {
                    var carriers = result.BuildingYears.GetValueOrDefault((meter.BuildingId, year));
                    carriers.Add(code, delta.Energy);
                    result.BuildingYears[(meter.BuildingId, year)] = carriers;
                }

                result.Areas[(meter.PrefectureCode, meter.BuildingType, code, year)] = result.Areas.GetValueOrDefault((meter.PrefectureCode, meter.BuildingType, code, year)) + delta.Energy;
            }
        }

        return derived = result;
    }

    private sealed record Derived(
        Dictionary<(Guid Building, string Code, int Year, int Month), long> Buildings,
        Dictionary<(Guid Building, int Year), CarrierDelta> BuildingYears,
        Dictionary<(string City, string Type, string Code, int Year), long> Areas);
}
