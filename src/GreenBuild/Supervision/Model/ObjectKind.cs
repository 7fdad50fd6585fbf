namespace GreenBuild.Supervision.Model;

/// <summary>检查对象类型 — what a task draws.</summary>
public enum ObjectKind
{
    /// <summary>工程项目 — projects of the registry at the task's stages.</summary>
    Project = 1,

    /// <summary>企业 — enterprises (the platform's organizations: developers, designers, contractors, labs).</summary>
    Enterprise = 2,

    /// <summary>建筑节能产品 — products in the directory.</summary>
    Product = 3,

    /// <summary>能耗监测建筑 — monitored buildings in the directory.</summary>
    Building = 4,
}
