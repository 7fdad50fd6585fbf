using GreenBuild.Indicators.Import;
using GreenBuild.Platform.Accounts;
using GreenBuild.Platform.Database;
using GreenBuild.Supervision.Directory;
using GreenBuild.Supervision.Model;
using GreenBuild.Supervision.Tasks;

namespace GreenBuild.Supervision.Import;

/// <summary>Which directory an Excel file fills.</summary>
public enum DirectorySheet
{
    Inspectors = 1,
    Products = 2,
}

/// <summary>
/// 名录导入 — inspectors or products from the Excel template (<see cref="Template"/>; read with the
/// indicators module's OpenXML reader). Every row is checked before any is saved; a problem is named by row, column
/// and header in Chinese and nothing is saved; entries are matched by their number or code, so importing the same
/// file again changes nothing. At most <see cref="MaxRows"/> rows.
/// </summary>
public sealed class ImportDirectory(GreenBuildDb db, SaveDirectoryEntries save)
{
    public const int MaxRows = 5000;

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] InspectorHeaders = ["编号", "姓名", "单位（名称或统一社会信用代码）", "城市代码", "专业（逗号分隔）", "可用（是/否）", "登录账号（邮箱）"];

    private static readonly string[] ObjectHeaders = ["编号", "名称", "城市代码", "类别", "责任单位（名称或统一社会信用代码）", "在用（是/否）"];

    private static readonly string[] InspectorFields = ["number", "name", "organization", "cityCode", "specialties", "isAvailable", "account"];

    private static readonly string[] ObjectFields = ["objectCode", "name", "cityCode", "type", "organization", "isActive"];

    public static byte[] Template(DirectorySheet sheet) => XlsxWriter.Build(new XlsxWriter.Sheet(sheet.ToString(), sheet == DirectorySheet.Inspectors
        ? [InspectorHeaders, ["JC-0001", "张三", "山西建筑科学研究院（演示）", "140100", "建筑节能,绿色建筑", "是", ""]]
        : [ObjectHeaders, ["CP-0001", "岩棉保温板", "140105", "保温材料", "", "是"]]));

    public async Task<Outcome<int>> RunAsync(DataScope scope, DirectorySheet sheet, byte[] bytes, CancellationToken ct = default)
    {
        if (XlsxReader.Read(bytes) is not { } content)
        {
            return TaskErrors.Fail<int>("import.format", "file");
        }

        var headers = sheet == DirectorySheet.Inspectors ? InspectorHeaders : ObjectHeaders;
        var errors = new List<PlatformError>();
        var first = content.Rows.GetValueOrDefault(1) ?? new Dictionary<int, string>();
        for (var c = 0; c < headers.Length; c++)
        {
            if (first.GetValueOrDefault(c)?.Trim() != headers[c])
            {
                errors.Add(TaskErrors.Error("import.header", "file", XlsxReader.ColumnName(c), headers[c], first.GetValueOrDefault(c) ?? ""));
            }
        }

        var rows = content.Rows.Keys.Where(r => r > 1).Order().ToList();
        if (errors.Count > 0 || rows.Count == 0 || rows.Count > MaxRows)
        {
            return errors.Count > 0 ? Outcome<int>.Fail([.. errors]) : TaskErrors.Fail<int>("import.rows", "file", MaxRows);
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var checkedRows = new List<Func<Task>>();
        foreach (var r in rows)
        {
            var cells = content.Rows[r];
            string? Cell(int c) => cells.GetValueOrDefault(c)?.Trim() is { Length: > 0 } v ? v : null;
            var rowErrors = new List<PlatformError>();
            var code = Cell(0) ?? "";
            if (code.Length > 0 && !seen.TryAdd(code, r))
            {
                errors.Add(TaskErrors.Error("import.duplicate", $"rows[{r}]", r, "A", code, seen[code]));
            }

            if (sheet == DirectorySheet.Inspectors)
            {
                var input = new InspectorInput(Cell(0), Cell(1), Cell(2), Cell(3), Cell(4), Flag(Cell(5), rowErrors, "isAvailable"), Cell(6));
                var resolved = await save.CheckInspectorAsync(scope, input, "", rowErrors, ct);
                checkedRows.Add(async () => await save.ApplyInspectorAsync(input, resolved, false, ct));
            }
            else
            {
                var input = new ObjectInput(ObjectKind.Product, Cell(0), Cell(1), Cell(2), Cell(3), Cell(4), Flag(Cell(5), rowErrors, "isActive"));
                var organization = await save.CheckObjectAsync(scope, input, "", rowErrors, ct);
                checkedRows.Add(async () => await save.ApplyObjectAsync(input, organization, false, ct));
            }

            var fields = sheet == DirectorySheet.Inspectors ? InspectorFields : ObjectFields;
            errors.AddRange(rowErrors.Select(e =>
            {
                var column = Array.IndexOf(fields, e.Field);
                return TaskErrors.Error("import.cell", $"rows[{r}]", r, XlsxReader.ColumnName(Math.Max(column, 0)), column >= 0 ? headers[column] : "", e);
            }));
        }

        if (errors.Count > 0)
        {
            return Outcome<int>.Fail([.. errors.Take(50)]);
        }

        foreach (var apply in checkedRows)
        {
            await apply();
        }

        await db.SaveChangesAsync(ct);
        return Outcome<int>.Ok(rows.Count);
    }

    private static bool Flag(string? value, List<PlatformError> errors, string field)
    {
        switch (value?.ToUpperInvariant())
        {
            case null or "是" or "Y" or "YES" or "TRUE" or "1":
                return true;
            case "否" or "N" or "NO" or "FALSE" or "0":
                return false;
            default:
                errors.Add(TaskErrors.Error("import.flag", field, value));
                return true;
        }
    }
}
