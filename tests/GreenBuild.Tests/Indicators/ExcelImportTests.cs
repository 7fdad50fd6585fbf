using System.Net;
using System.Net.Http.Headers;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GreenBuild.Indicators.Import;
using GreenBuild.Platform.Accounts;
using GreenBuild.Tests.Infrastructure;

namespace GreenBuild.Tests.Indicators;

/// <summary>The Excel template round trip: generated, filled, uploaded; and every way a file can be wrong, with nothing saved.</summary>
public abstract class ExcelImportTests(GreenBuildApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpClient Client, Guid Period, byte[] Template)> TemplateAsync()
    {
        var province = await app.SignedInAs(Roles.ProvinceAdmin);
        var period = await ReportingTests.PeriodAsync(province, 2025);
        var response = await province.GetAsync($"/api/v1/indicators/reports/template?period={period}", Ct);
        Assert.Equal(ReportTemplate.ContentType, response.Content.Headers.ContentType?.MediaType);
        return (province, period, await response.Content.ReadAsByteArrayAsync(Ct));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid period, byte[] file)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(ReportTemplate.ContentType);
        return await client.PostAsync($"/api/v1/indicators/reports/import?period={period}", content, Ct);
    }

    /// <summary>Rewrites the template's first sheet: rows of (column → text) keyed by row number.</summary>
    private static byte[] Fill(byte[] template, Action<XlsxReader.SheetContent, Dictionary<int, Dictionary<int, string>>> edit)
    {
        var sheet = XlsxReader.Read(template)!;
        var rows = sheet.Rows.ToDictionary(r => r.Key, r => r.Value.ToDictionary(c => c.Key, c => c.Value));
        edit(sheet, rows);
        var width = rows.Values.Max(r => r.Keys.Max()) + 1;
        return XlsxWriter.Build(new XlsxWriter.Sheet("填报", [.. rows.OrderBy(r => r.Key).Select(r =>
            (IReadOnlyList<object?>)[.. Enumerable.Range(0, width).Select(c => (object?)r.Value.GetValueOrDefault(c))])]));
    }

    [Fact]
    public async Task The_template_lists_the_cities_and_the_reported_indicators_and_a_filled_one_imports_as_drafts()
    {
        var (client, period, template) = await TemplateAsync();
        var sheet = XlsxReader.Read(template)!;
        Assert.Equal("城市代码", sheet.Rows[1][0]);
        Assert.Equal("RE-SUB 城镇建筑可再生能源替代率（%）", sheet.Rows[1].Values.Single(v => v.StartsWith("RE-SUB", StringComparison.Ordinal)));
        Assert.DoesNotContain(sheet.Rows[1].Values, v => v.StartsWith("PREFAB", StringComparison.Ordinal)); // computed from the registry
        Assert.Equal(12, sheet.Rows.Count); // header + 11 cities
        var prefabColumn = sheet.Rows[1].Single(c => c.Value.StartsWith("RE-SUB", StringComparison.Ordinal)).Key;

        var filled = Fill(template, (_, rows) =>
        {
            foreach (var row in rows.Keys.Where(r => r > 1 && rows[r][0] is "140500" or "140600"))
            {
                rows[row][prefabColumn] = "6.5";
            }

            foreach (var row in rows.Keys.Where(r => r > 1 && rows[r][0] is not ("140500" or "140600")))
            {
                rows.Remove(row);
            }
        });
        var response = await UploadAsync(client, period, filled);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await response.ReadJsonAsync()).GetProperty("imported").GetInt32());
        var reports = await (await client.GetAsync($"/api/v1/indicators/reports?period={period}", Ct)).ReadJsonAsync();
        var jincheng = reports.EnumerateArray().Single(r => r.GetProperty("cityCode").GetString() == "140500");
        Assert.Equal("Draft", jincheng.GetProperty("status").GetString());
        Assert.Equal(6.5m, jincheng.GetProperty("values").GetProperty("RE-SUB").GetDecimal());
    }

    [Fact]
    public async Task Bad_values_are_reported_by_row_and_column_and_nothing_is_saved()
    {
        var (client, period, template) = await TemplateAsync();
        var header = XlsxReader.Read(template)!.Rows[1];
        var prefab = header.Single(c => c.Value.StartsWith("RE-SUB", StringComparison.Ordinal)).Key;
        var share = header.Single(c => c.Value.StartsWith("EE-RES-STD", StringComparison.Ordinal)).Key;
        var filled = Fill(template, (_, rows) =>
        {
            rows[8][prefab] = "30";     // 140700: fine on its own
            rows[9][prefab] = "很多";   // 140800: not a number
            rows[10][share] = "120";    // 140900: out of range
            rows[11][0] = "149900";     // unknown city
        });
        var response = await UploadAsync(client, period, filled);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains($"第 9 行 {XlsxReader.ColumnName(prefab)} 列：“城镇建筑可再生能源替代率”应为数字，填写的是“很多”", text);
        Assert.Contains($"第 10 行 {XlsxReader.ColumnName(share)} 列：“城镇新建居住建筑执行节能标准（节能率）”的值 120 超出范围", text);
        Assert.Contains("第 11 行 A 列：未知的城市代码“149900”", text);
        var reports = await (await client.GetAsync($"/api/v1/indicators/reports?period={period}", Ct)).ReadJsonAsync();
        Assert.DoesNotContain(reports.EnumerateArray(), r => r.GetProperty("cityCode").GetString() == "140700");
    }

    [Fact]
    public async Task Wrong_headers_merged_cells_and_non_excel_files_are_refused()
    {
        var (client, period, template) = await TemplateAsync();
        var renamed = Fill(template, (_, rows) => rows[1][2] = "能效提升");
        var wrongHeader = await (await UploadAsync(client, period, renamed)).Content.ReadAsStringAsync(Ct);
        Assert.Contains("第 1 行 C 列：表头应为“EE-NEW 城镇新建建筑能效提升（较2020年）（%）”，实际为“能效提升”", wrongHeader);

        var merged = WithMergedCells(template, "C2:D2");
        Assert.Contains("模板中不能有合并单元格：C2:D2", await (await UploadAsync(client, period, merged)).Content.ReadAsStringAsync(Ct));

        var notExcel = await UploadAsync(client, period, "城市代码,PREFAB\n140100,30\n"u8.ToArray());
        Assert.Equal(HttpStatusCode.BadRequest, notExcel.StatusCode);
        Assert.Contains("不是有效的 Excel 工作簿", await notExcel.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_city_officer_cannot_import_rows_of_another_city()
    {
        var (_, period, template) = await TemplateAsync();
        var city = await app.SignedInAs(Roles.CityOfficer);
        var response = await UploadAsync(city, period, template);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("第 3 行 A 列：无权填报城市“140200”", text);
    }

    private static byte[] WithMergedCells(byte[] file, string range)
    {
        using var stream = new MemoryStream();
        stream.Write(file);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var part = document.WorkbookPart!.WorksheetParts.First();
            part.Worksheet.InsertAfter(new MergeCells(new MergeCell { Reference = range }), part.Worksheet.GetFirstChild<SheetData>());
            part.Worksheet.Save();
        }

        return stream.ToArray();
    }
}

public sealed class ExcelImportTestsOnSqlite(SqliteApp app) : ExcelImportTests(app), IClassFixture<SqliteApp>;

public sealed class ExcelImportTestsOnPostgres(PostgresApp app) : ExcelImportTests(app), IClassFixture<PostgresApp>;
