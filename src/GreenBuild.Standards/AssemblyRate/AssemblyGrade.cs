using System.Text.Json.Serialization;

namespace GreenBuild.Standards.AssemblyRate;

/// <summary>装配式建筑评价等级 — GB/T 51129-2017 §5.0.2.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssemblyGrade>))]
public enum AssemblyGrade
{
    /// <summary>不评级 — not graded (not a prefabricated building, vertical members below the grading ratio, or P below A).</summary>
    None = 0,

    /// <summary>A级 — 60% ≤ P ≤ 75%.</summary>
    A = 1,

    /// <summary>AA级 — 76% ≤ P ≤ 90%.</summary>
    AA = 2,

    /// <summary>AAA级 — P ≥ 91%.</summary>
    AAA = 3,
}
