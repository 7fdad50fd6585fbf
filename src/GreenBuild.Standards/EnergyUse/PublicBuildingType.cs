using System.Text.Json.Serialization;

namespace GreenBuild.Standards.EnergyUse;

/// <summary>公共建筑类型 — the building types of GB/T 51161-2016 chapter 6.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PublicBuildingType>))]
public enum PublicBuildingType
{
    /// <summary>党政机关办公建筑 — government office (reference values in §6.2).</summary>
    GovernmentOffice = 1,

    /// <summary>商业办公建筑 — commercial office (reference values in §6.2).</summary>
    CommercialOffice = 2,

    /// <summary>旅馆建筑 — hotel (values not in the reference data yet: give <see cref="EnergyUseInput.CustomQuota"/>).</summary>
    Hotel = 3,

    /// <summary>商场建筑 — shopping mall (values not in the reference data yet: give <see cref="EnergyUseInput.CustomQuota"/>).</summary>
    ShoppingMall = 4,
}
