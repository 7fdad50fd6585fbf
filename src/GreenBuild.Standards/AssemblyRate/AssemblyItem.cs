using System.Text.Json.Serialization;

namespace GreenBuild.Standards.AssemblyRate;

/// <summary>评价项 — the items of table 4.0.1 of GB/T 51129-2017 (装配式建筑评分表).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AssemblyItem>))]
public enum AssemblyItem
{
    /// <summary>柱、支撑、承重墙、延性墙板等竖向构件 (q1a).</summary>
    VerticalMembers = 1,

    /// <summary>梁、板、楼梯、阳台、空调板等构件 (q1b).</summary>
    HorizontalMembers = 2,

    /// <summary>非承重围护墙非砌筑 (q2a).</summary>
    NonMasonryExteriorWall = 3,

    /// <summary>围护墙与保温、隔热、装饰一体化 (q2b).</summary>
    ExteriorWallIntegration = 4,

    /// <summary>内隔墙非砌筑 (q2c).</summary>
    NonMasonryPartition = 5,

    /// <summary>内隔墙与管线、装修一体化 (q2d).</summary>
    PartitionIntegration = 6,

    /// <summary>全装修.</summary>
    FullDecoration = 7,

    /// <summary>干式工法楼面、地面 (q3a).</summary>
    DryFloor = 8,

    /// <summary>集成厨房 (q3b).</summary>
    IntegratedKitchen = 9,

    /// <summary>集成卫生间 (q3c).</summary>
    IntegratedBathroom = 10,

    /// <summary>管线分离 (q3d).</summary>
    PipelineSeparation = 11,
}
