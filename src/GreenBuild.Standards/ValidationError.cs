namespace GreenBuild.Standards;

/// <summary>输入校验错误 — why an input cannot be calculated; never thrown, always returned.</summary>
/// <param name="Code">Stable machine-readable code, e.g. "area.not_positive".</param>
/// <param name="Field">The input field path, e.g. "AreaAboveGround" or "Items[2].Score".</param>
/// <param name="Message">The message in Chinese, naming the field, e.g. "字段 AreaAboveGround：面积必须大于 0".</param>
public sealed record ValidationError(string Code, string Field, string Message);
