namespace GreenBuild.Energy.Ingest;

/// <summary>The SQL both providers share (quoted identifiers and ON CONFLICT work on SQLite and PostgreSQL alike).</summary>
internal static class DaySql
{
    public const string Columns = "\"MeterId\", \"Day\", \"Entries\", \"Hourly\", \"EnergyMilli\", \"Readings\", \"Valid\", \"Expected\", \"Excluded\", \"Flags\"";

    public const string Select = "SELECT \"MeterId\", \"Day\", \"Entries\", \"EnergyMilli\", \"Readings\", \"Valid\", \"Expected\", \"Excluded\", \"Flags\" FROM energy_meter_days";

    public const string UpdateSet =
        " ON CONFLICT (\"MeterId\", \"Day\") DO UPDATE SET \"Entries\" = excluded.\"Entries\", \"Hourly\" = excluded.\"Hourly\", " +
        "\"EnergyMilli\" = excluded.\"EnergyMilli\", \"Readings\" = excluded.\"Readings\", \"Valid\" = excluded.\"Valid\", " +
        "\"Expected\" = excluded.\"Expected\", \"Excluded\" = excluded.\"Excluded\", \"Flags\" = excluded.\"Flags\"";

    public const string MeterPeriodConflict =
        " ON CONFLICT (\"MeterId\", \"Year\", \"Month\") DO UPDATE SET \"EnergyMilli\" = energy_meter_periods.\"EnergyMilli\" + excluded.\"EnergyMilli\", " +
        "\"Valid\" = energy_meter_periods.\"Valid\" + excluded.\"Valid\", \"Expected\" = energy_meter_periods.\"Expected\" + excluded.\"Expected\", " +
        "\"Excluded\" = energy_meter_periods.\"Excluded\" + excluded.\"Excluded\", \"Days\" = energy_meter_periods.\"Days\" + excluded.\"Days\"";

    public const string BuildingPeriodConflict =
        " ON CONFLICT (\"BuildingId\", \"ItemCode\", \"Year\", \"Month\") DO UPDATE SET \"EnergyMilli\" = energy_building_periods.\"EnergyMilli\" + excluded.\"EnergyMilli\"";

    public const string BuildingYearConflict =
        " ON CONFLICT (\"Year\", \"BuildingId\") DO UPDATE SET \"ElectricityMilli\" = energy_building_years.\"ElectricityMilli\" + excluded.\"ElectricityMilli\", " +
        "\"HeatMilli\" = energy_building_years.\"HeatMilli\" + excluded.\"HeatMilli\", \"GasMilli\" = energy_building_years.\"GasMilli\" + excluded.\"GasMilli\"";

    public const string AreaYearConflict =
        " ON CONFLICT (\"CityCode\", \"BuildingType\", \"ItemCode\", \"Year\") DO UPDATE SET \"EnergyMilli\" = energy_area_years.\"EnergyMilli\" + excluded.\"EnergyMilli\"";

    public static DayRow Read(System.Data.Common.DbDataReader reader, Func<System.Data.Common.DbDataReader, int, Guid> guid, Func<System.Data.Common.DbDataReader, int, DateOnly> date)
    {
        var day = date(reader, 1);
        var stats = new DayStats(reader.GetInt64(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6), reader.GetInt32(7), reader.GetInt32(8));
        return new DayRow(guid(reader, 0), day, DayEntries.Decode(day, (byte[])reader.GetValue(2)), stats);
    }
}
