using System.Text.Json.Serialization;

namespace GreenBuild.Standards.AssemblyRate;

/// <summary>评价部分 — the three parts of table 4.0.1 of GB/T 51129-2017.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssemblyPart>))]
public enum AssemblyPart
{
    /// <summary>主体结构 (Q1, max 50).</summary>
    MainStructure = 1,

    /// <summary>围护墙和内隔墙 (Q2, max 20).</summary>
    EnvelopeAndPartition = 2,

    /// <summary>装修和设备管线 (Q3, max 30).</summary>
    DecorationAndPipelines = 3,
}
