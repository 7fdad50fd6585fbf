namespace GreenBuild.Projects.Model;

/// <summary>超低能耗 / 近零能耗 / 零能耗 — the GB/T 51350-2019 classes a project is designed to.</summary>
public enum LowEnergyClass
{
    /// <summary>否</summary>
    None = 0,

    /// <summary>超低能耗建筑</summary>
    UltraLow = 1,

    /// <summary>近零能耗建筑</summary>
    NearZero = 2,

    /// <summary>零能耗建筑</summary>
    Zero = 3,
}
