namespace GreenBuild.Platform.Accounts;

/// <summary>The roles of PRODUCT.md. 公众 (the public) is everyone who is not signed in, so it has no account role.</summary>
public static class Roles
{
    /// <summary>省厅管理员 — configures plans, rules and catalogs; publishes; runs draws; sees all.</summary>
    public const string ProvinceAdmin = "ProvinceAdmin";

    /// <summary>省厅业务人员 — reviews, approves, assesses cities.</summary>
    public const string ProvinceOfficer = "ProvinceOfficer";

    /// <summary>市县住建部门 — enters and reviews the data of its own city only.</summary>
    public const string CityOfficer = "CityOfficer";

    /// <summary>申报单位 — submits its own projects, applications, products, achievements.</summary>
    public const string Applicant = "Applicant";

    /// <summary>专家 — reviews what is assigned to it.</summary>
    public const string Expert = "Expert";

    /// <summary>检查人员 — carries out the inspections it is drawn for.</summary>
    public const string Inspector = "Inspector";

    /// <summary>公众 — not signed in; listed for the authorization matrix only.</summary>
    public const string Public = "Public";

    /// <summary>The roles an account can have.</summary>
    public static readonly IReadOnlyList<string> AccountRoles =
        [ProvinceAdmin, ProvinceOfficer, CityOfficer, Applicant, Expert, Inspector];

    /// <summary>All seven roles, the public included.</summary>
    public static readonly IReadOnlyList<string> All = [.. AccountRoles, Public];

    public static bool IsProvince(string role) => role is ProvinceAdmin or ProvinceOfficer;

    public static bool NeedsCity(string role) => role is CityOfficer;
}
