namespace GreenBuild.Projects.Model;

/// <summary>建筑子类 — the use of a building within its type (GB 50352 classes as officials name them).</summary>
public enum BuildingSubtype
{
    /// <summary>未填</summary>
    Unspecified = 0,

    /// <summary>住宅</summary>
    Housing = 1,

    /// <summary>宿舍</summary>
    Dormitory = 2,

    /// <summary>办公</summary>
    Office = 10,

    /// <summary>商场</summary>
    Mall = 11,

    /// <summary>酒店</summary>
    Hotel = 12,

    /// <summary>学校</summary>
    School = 13,

    /// <summary>医院</summary>
    Hospital = 14,

    /// <summary>文化（图书馆、博物馆、剧院）</summary>
    Culture = 15,

    /// <summary>体育</summary>
    Sports = 16,

    /// <summary>交通（车站、机场）</summary>
    Transport = 17,

    /// <summary>综合</summary>
    Mixed = 18,

    /// <summary>厂房</summary>
    Factory = 30,

    /// <summary>仓库</summary>
    Warehouse = 31,

    /// <summary>其他</summary>
    Other = 99,
}
