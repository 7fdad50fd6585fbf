using System.Globalization;
using GreenBuild.Projects.Model;
using GreenBuild.Projects.Rules;
using GreenBuild.Standards.GreenRating;

namespace GreenBuild.Projects.Import;

/// <summary>A cell that could not be read as its column's type (a field error; the message key names the type).</summary>
internal sealed record CellError(int Column, string Value, string MessageKey, params object[] Arguments);

/// <summary>A data row read into a project input, with its cells as written and the cells that could not be read.</summary>
internal sealed record ParsedRow(int Row, ProjectInput Input, IReadOnlyList<CellError> Errors, IReadOnlyDictionary<int, string> Cells);

/// <summary>
/// Reads the rows of the template into project inputs: the header row decides which column is which (Chinese or
/// English headers, in any order), each cell is read as its column's type, and every cell that cannot be read is
/// reported with its row and column rather than guessed.
/// </summary>
internal sealed class ProjectRowParser
{
    private readonly Dictionary<string, int> columnOf;
    private readonly PlaceNames places;

    private ProjectRowParser(Dictionary<string, int> columnOf, PlaceNames places)
    {
        this.columnOf = columnOf;
        this.places = places;
    }

    /// <summary>The parser for a header row, or the problems with the header (unknown, repeated or missing columns).</summary>
    public static (ProjectRowParser? Parser, List<(int Column, string Header, string MessageKey)> Problems) ForHeader(SheetRow header, PlaceNames places)
    {
        var problems = new List<(int, string, string)>();
        var columnOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (index, text) in header.Cells.OrderBy(c => c.Key))
        {
            if (ProjectColumns.IsExportOnly(text))
            {
                continue;
            }

            if (ProjectColumns.FromHeader(text) is not { } column)
            {
                problems.Add((index, text, "projects.import.unknownColumn"));
            }
            else if (!columnOf.TryAdd(column.Field, index))
            {
                problems.Add((index, text, "projects.import.repeatedColumn"));
            }
        }

        foreach (var missing in ProjectColumns.All.Where(c => c.Required && !columnOf.ContainsKey(c.Field)))
        {
            problems.Add((-1, missing.Header, "projects.import.missingColumn"));
        }

        return (problems.Count == 0 ? new ProjectRowParser(columnOf, places) : null, problems);
    }

    public int? ColumnOf(string field) => columnOf.TryGetValue(field, out var c) ? c : null;

    public ParsedRow Parse(SheetRow row)
    {
        var cells = new Cells(row, columnOf, places);
        var input = new ProjectInput
        {
            Code = cells.Text("code") ?? "",
            Name = cells.Text("name") ?? "",
            CityCode = cells.Place("cityCode") ?? "",
            Location = cells.Text("location"),
            OwnerName = cells.Text("ownerName"),
            OwnerCreditCode = cells.Text("ownerCreditCode"),
            DesignOrganizationName = cells.Text("designOrganizationName"),
            ConstructionOrganizationName = cells.Text("constructionOrganizationName"),
            Stage = cells.Choice("stage", ProjectStage.Initiation),
            IsUrban = cells.Flag("isUrban") ?? true,
            IsNewBuilding = cells.Flag("isNewBuilding") ?? true,
            BuildingType = cells.Choice("buildingType", ProjectBuildingType.Residential),
            Subtype = cells.Choice("subtype", BuildingSubtype.Unspecified),
            Funding = cells.Choice("funding", Funding.Private),
            FloorAreaAbove = cells.Decimal("floorAreaAbove") ?? 0,
            FloorAreaBelow = cells.Decimal("floorAreaBelow") ?? 0,
            Storeys = cells.Integer("storeys") ?? 0,
            Height = cells.Decimal("height") ?? 0,
            IsSuperHighRise = cells.Flag("isSuperHighRise") ?? false,
            InitiationDate = cells.Date("initiationDate"),
            DesignReviewDate = cells.Date("designReviewDate"),
            ConstructionPermitDate = cells.Date("constructionPermitDate"),
            CompletionDate = cells.Date("completionDate"),
            EnergyStandardPercent = cells.Integer("energyStandardPercent"),
            GreenLevel = cells.Choice("greenLevel", GreenLevel.NotQualified),
            GreenLevelEvidence = cells.Text("greenLevelEvidence"),
            IsPrefabricated = cells.Flag("isPrefabricated") ?? false,
            StructureType = cells.Choice("structureType", StructureType.Concrete),
            AssemblyRatePercent = cells.Decimal("assemblyRatePercent"),
            IsDemonstration = cells.Flag("isDemonstration") ?? false,
            IsGreenInnovationProject = cells.Flag("isGreenInnovationProject") ?? false,
            DemonstrationZone = cells.Text("demonstrationZone"),
            LowEnergyClass = cells.Choice("lowEnergyClass", LowEnergyClass.None),
            SolarThermalArea = cells.Decimal("solarThermalArea") ?? 0,
            PvCapacityKwp = cells.Decimal("pvCapacityKwp") ?? 0,
            GroundSourceHeatPumpArea = cells.Decimal("groundSourceHeatPumpArea") ?? 0,
            AirSourceHeatPumpArea = cells.Decimal("airSourceHeatPumpArea") ?? 0,
            GeothermalArea = cells.Decimal("geothermalArea") ?? 0,
        };
        return new ParsedRow(row.Number, input, cells.Errors, row.Cells);
    }

    /// <summary>The cells of one row, read by field; each unreadable cell adds an error and reads as empty.</summary>
    private sealed class Cells(SheetRow row, Dictionary<string, int> columnOf, PlaceNames places)
    {
        public List<CellError> Errors { get; } = [];

        private (int Column, string? Raw) Get(string field) =>
            columnOf.TryGetValue(field, out var c) ? (c, row.Cells.GetValueOrDefault(c)) : (-1, null);

        public string? Text(string field)
        {
            var (column, raw) = Get(field);
            if (raw is null)
            {
                return null;
            }

            if (raw.Any(ch => char.IsControl(ch) && ch is not ('\t' or '\n' or '\r')))
            {
                Errors.Add(new CellError(column, Printable(raw), "projects.import.controlCharacter"));
                return null;
            }

            return raw.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ').Trim();
        }

        public string? Place(string field)
        {
            var (column, raw) = Get(field);
            if (raw is null)
            {
                return null;
            }

            var (code, error) = places.Resolve(raw);
            if (error is not null)
            {
                Errors.Add(new CellError(column, raw, error));
            }

            return code;
        }

        public decimal? Decimal(string field)
        {
            var (column, raw) = Get(field);
            if (raw is null)
            {
                return null;
            }

            if (decimal.TryParse(raw.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            Errors.Add(new CellError(column, raw, "projects.import.notNumber"));
            return null;
        }

        public int? Integer(string field)
        {
            var value = Decimal(field);
            if (value is null)
            {
                return null;
            }

            if (value != decimal.Truncate(value.Value) || value is > int.MaxValue or < int.MinValue)
            {
                Errors.Add(new CellError(Get(field).Column, Get(field).Raw!, "projects.import.notInteger"));
                return null;
            }

            return (int)value.Value;
        }

        public DateOnly? Date(string field)
        {
            var (column, raw) = Get(field);
            if (raw is null)
            {
                return null;
            }

            // A date cell of a workbook holds its serial number (days since 1899-12-30).
            if (row.NumericCells.Contains(column) && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
                && serial is >= 1 and < 2958466)
            {
                return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
            }

            string[] formats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyyMMdd", "yyyy-MM-dd HH:mm:ss", "yyyy/M/d H:mm"];
            if (DateTime.TryParseExact(raw, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return DateOnly.FromDateTime(date);
            }

            Errors.Add(new CellError(column, raw, "projects.import.notDate"));
            return null;
        }

        public bool? Flag(string field)
        {
            var (column, raw) = Get(field);
            if (raw is null)
            {
                return null;
            }

            var choices = ProjectColumns.ForField(field).Choices;
            var match = choices.FirstOrDefault(c => c.Label == raw);
            if (match.Value is not null)
            {
                return match.Value == "true";
            }

            switch (raw.ToUpperInvariant())
            {
                case "是" or "TRUE" or "1" or "Y" or "YES":
                    return true;
                case "否" or "FALSE" or "0" or "N" or "NO":
                    return false;
                default:
                    Errors.Add(new CellError(column, raw, "projects.import.notChoice", string.Join("、", choices.Select(c => c.Label))));
                    return null;
            }
        }

        public TEnum Choice<TEnum>(string field, TEnum empty)
            where TEnum : struct, Enum
        {
            var (column, raw) = Get(field);
            if (raw is null)
            {
                return empty;
            }

            var choices = ProjectColumns.ForField(field).Choices;
            var value = choices.FirstOrDefault(c => c.Label == raw).Value;
            if (value is null && choices.Any(c => c.Value.Equals(raw, StringComparison.OrdinalIgnoreCase)))
            {
                value = raw;
            }

            if (value is not null && Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed))
            {
                return parsed;
            }

            Errors.Add(new CellError(column, raw, "projects.import.notChoice", string.Join("、", choices.Select(c => c.Label))));
            return empty;
        }

        private static string Printable(string raw) => new([.. raw.Select(ch => char.IsControl(ch) ? '\uFFFD' : ch)]);
    }
}
