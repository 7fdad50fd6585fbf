using GreenBuild.Labels.Model;
using GreenBuild.Standards;
using GreenBuild.Standards.GreenRating;

namespace GreenBuild.Labels.Demo;

/// <summary>
/// Worked GB/T 50378-2019 self-assessments for the demo and the tests: items per category with plausible clause numbers
/// (chapters 4–8 are the five categories), the 控制项 met, 全装修, and table 3.2.8 measures of 二星.
/// <see cref="TwoStar"/> totals Q = (400 + 309 + 10) / 10 = 71.9 (二星级); <see cref="OneStar"/> Q = (400 + 274) / 10 = 67.4 (一星级).
/// </summary>
public static class DemoAssessments
{
    public static SelfAssessment TwoStar(bool isResidential = false) => new()
    {
        ClimateZone = ClimateZone.Cold, PrerequisitesMet = true, FullyDecorated = true, InnovationScore = 10,
        Items =
        [
            Item(RatingCategory.Safety, "4.2.1", 10, 10, "结构设计说明第 3 页：抗震性能化设计"), Item(RatingCategory.Safety, "4.2.4", 10, 10, "门窗检测报告"),
            Item(RatingCategory.Safety, "4.2.6", 10, 10, "防滑地面检测报告"), Item(RatingCategory.Safety, "4.2.7", 10, 10, "设备管线分离图纸"),
            Item(RatingCategory.Safety, "4.2.8", 20, 20, "高耐久性材料用量计算书"),
            Item(RatingCategory.Health, "5.2.1", 12, 12, "室内空气质量检测报告"), Item(RatingCategory.Health, "5.2.5", 8, 8, "给水水质检测报告"),
            Item(RatingCategory.Health, "5.2.6", 8, 8, "隔声检测报告"), Item(RatingCategory.Health, "5.2.8", 12, 12, "采光计算书"),
            Item(RatingCategory.Health, "5.2.10", 10, 10, "热湿环境模拟报告"),
            Item(RatingCategory.Convenience, "6.2.1", 8, 8, "总平面图：公交站点 500 m 内"), Item(RatingCategory.Convenience, "6.2.5", 10, 10, "公共服务设施布置图"),
            Item(RatingCategory.Convenience, "6.2.7", 9, 9, "能耗监测系统竣工资料"), Item(RatingCategory.Convenience, "6.2.8", 12, 12, "智能化系统图"),
            Item(RatingCategory.Convenience, "6.2.11", 10, 10, "物业管理制度"),
            Item(RatingCategory.Resources, "7.2.4", 15, 15, "围护结构热工计算书"), Item(RatingCategory.Resources, "7.2.7", 10, 10, "照明功率密度计算"),
            Item(RatingCategory.Resources, "7.2.8", 30, 30, "能耗模拟报告：降低 12%"), Item(RatingCategory.Resources, "7.2.11", 15, 15, "节水器具清单（2 级）"),
            Item(RatingCategory.Resources, "7.2.12", 15, 15, "雨水回用系统图"), Item(RatingCategory.Resources, "7.2.15", 15, 15, "绿色建材应用比例计算书"),
            Item(RatingCategory.Environment, "8.2.1", 10, 10, "场地生态修复方案"), Item(RatingCategory.Environment, "8.2.3", 10, 10, "绿化率计算"),
            Item(RatingCategory.Environment, "8.2.5", 10, 10, "室外风环境模拟"), Item(RatingCategory.Environment, "8.2.6", 10, 10, "热岛强度计算"),
            Item(RatingCategory.Environment, "8.2.9", 10, 10, "场地光污染分析"),
        ],
        Measures = new StarMeasures
        {
            EnvelopeImprovementPercent = 10, WindowUValueReductionPercent = isResidential ? 10 : null, WaterFittingsGrade = 2,
            SoundInsulation = isResidential ? SoundInsulationLevel.AverageOfLowAndHigh : null, PollutantReductionPercent = 20, WindowAirtightnessCompliant = true,
        },
    };

    /// <summary>The two-star assessment with 7.2.8 at 10, 7.2.12 at 0 and no bonus: 资源节约 65 ≥ 60, Q = 67.4, 一星级.</summary>
    public static SelfAssessment OneStar(bool isResidential = false)
    {
        var two = TwoStar(isResidential);
        return two with
        {
            InnovationScore = 0,
            Items = [.. two.Items.Select(i => i.Clause switch { "7.2.8" => i with { Score = 10 }, "7.2.12" => i with { Score = 0, Evidence = null }, _ => i })],
        };
    }

    /// <summary>
    /// 三星: the two-star items plus four more (Σ = 309 + 95 = 404), a bonus of 60 and table 3.2.8's three-star envelope
    /// improvement (20%): Q = (400 + 404 + 60) / 10 = 86.4 ≥ 85.
    /// </summary>
    public static SelfAssessment ThreeStar(bool isResidential = false)
    {
        var two = TwoStar(isResidential);
        return two with
        {
            InnovationScore = 60,
            Items =
            [
                .. two.Items,
                Item(RatingCategory.Health, "5.2.11", 20, 20, "可调节遮阳设施"), Item(RatingCategory.Convenience, "6.2.12", 15, 15, "建筑信息模型运维平台"),
                Item(RatingCategory.Resources, "7.2.16", 40, 40, "可再生能源利用率计算书"), Item(RatingCategory.Environment, "8.2.10", 20, 20, "海绵城市专项设计"),
            ],
            Measures = two.Measures with { EnvelopeImprovementPercent = 20 },
        };
    }

    /// <summary>The assessment of a level by its name (OneStar, TwoStar, ThreeStar).</summary>
    public static SelfAssessment For(string level) => level switch
    {
        "OneStar" => OneStar(),
        "ThreeStar" => ThreeStar(),
        _ => TwoStar(),
    };

    private static AssessmentItem Item(RatingCategory category, string clause, decimal score, decimal max, string evidence) =>
        new() { Category = category, Clause = clause, Score = score, MaxScore = max, Evidence = evidence };

    /// <summary>A small valid PDF (one empty page) standing in for a scanned report.</summary>
    public static byte[] Pdf(string title) => System.Text.Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n4 0 obj<</Title(" + new string([.. title.Where(char.IsAsciiLetterOrDigit)]) + ")>>endobj\n" +
        "trailer<</Root 1 0 R/Info 4 0 R/Size 5>>\n%%EOF\n");
}
