namespace GreenBuild.Supervision.Model;

/// <summary>The life of an inspection task: edited as a draft, frozen at announcement, drawn once.</summary>
public enum InspectionTaskStatus
{
    /// <summary>草稿 — still editable.</summary>
    Draft = 1,

    /// <summary>已公告 — candidate lists and digests published; frozen.</summary>
    Announced = 2,

    /// <summary>已抽取 — objects and inspectors drawn; inspections created.</summary>
    Drawn = 3,

    /// <summary>已被新版本取代 — a new version was announced instead.</summary>
    Superseded = 4,
}

/// <summary>抽取方式 — a number of objects, or a percentage of each stratum.</summary>
public enum SampleMode
{
    Count = 1,
    Ratio = 2,
}

/// <summary>分层抽取 — one candidate list per city, per type, or per city and type.</summary>
public enum Stratification
{
    None = 0,
    City = 1,
    Type = 2,
    CityAndType = 3,
}

/// <summary>信用筛选 — draw only among objects whose enterprise has (or has no) bad credit entry in force at announcement.</summary>
public enum CreditFilter
{
    Any = 0,
    WithBadRecord = 1,
    WithoutBadRecord = 2,
}
