namespace GreenBuild.Supervision.Complaints;

/// <summary>
/// 投诉举报类别 — what the plan's 四(四) "建立标准实施举报、投诉机制" covers in this platform; the Chinese names are in the
/// resource files (<c>complaint.category.&lt;code&gt;</c>).
/// </summary>
internal static class ComplaintCategories
{
    public static readonly IReadOnlyList<string> All = ["standard", "energy", "green", "product", "quality", "other"];
}
