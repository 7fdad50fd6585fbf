using System.Text.Json.Serialization;

namespace GreenBuild.Standards.GreenRating;

/// <summary>评价阶段 — GB/T 50378-2019 §3.1.2: 预评价 after construction-drawing design, 评价 after completion.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EvaluationStage>))]
public enum EvaluationStage
{
    /// <summary>预评价 — design-stage pre-evaluation (生活便利 maximum 70).</summary>
    PreEvaluation = 1,

    /// <summary>评价 — evaluation after completion acceptance (生活便利 maximum 100).</summary>
    Evaluation = 2,
}
