using System.Text.Json.Serialization;

namespace GreenBuild.Labels.Model;

/// <summary>
/// 申报状态 — where a label application stands. 一星、二星 end in <see cref="Certified"/> (认定) by the province;
/// 三星 ends in <see cref="Recommended"/> (推荐至国家) after the same provincial review.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApplicationStatus>))]
public enum ApplicationStatus
{
    /// <summary>草稿</summary>
    Draft = 0,

    /// <summary>已提交，待形式审查</summary>
    Submitted = 1,

    /// <summary>形式审查退回</summary>
    Returned = 2,

    /// <summary>形式审查通过，待组织专家评审</summary>
    Accepted = 3,

    /// <summary>专家评审中</summary>
    ExpertReview = 4,

    /// <summary>专家组已出结论</summary>
    Reviewed = 5,

    /// <summary>公示中</summary>
    InPublicNotice = 6,

    /// <summary>已认定（发证）</summary>
    Certified = 7,

    /// <summary>三星：已推荐至国家</summary>
    Recommended = 8,

    /// <summary>不予认定</summary>
    Rejected = 9,

    /// <summary>已撤销</summary>
    Revoked = 10,
}

/// <summary>专业 — the expert pool's specialties a panel is drawn by.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Specialty>))]
public enum Specialty
{
    /// <summary>建筑</summary>
    Architecture = 1,

    /// <summary>结构</summary>
    Structure = 2,

    /// <summary>暖通空调</summary>
    Hvac = 3,

    /// <summary>给水排水</summary>
    Plumbing = 4,

    /// <summary>电气</summary>
    Electrical = 5,

    /// <summary>景观环境</summary>
    Landscape = 6,
}

/// <summary>材料类型 — what an evidence file is; each kind admits its own file types.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EvidenceKind>))]
public enum EvidenceKind
{
    /// <summary>自评估报告</summary>
    SelfAssessmentReport = 1,

    /// <summary>竣工验收报告</summary>
    CompletionReport = 2,

    /// <summary>检测报告</summary>
    TestReport = 3,

    /// <summary>图纸</summary>
    Drawing = 4,

    /// <summary>照片</summary>
    Photo = 5,

    /// <summary>运营数据</summary>
    OperationData = 6,

    /// <summary>其他证明材料</summary>
    Other = 7,
}

/// <summary>评审组状态</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PanelStatus>))]
public enum PanelStatus
{
    /// <summary>已公布抽取（候选名单摘要与随机源）</summary>
    Announced = 1,

    /// <summary>已抽取，评审中</summary>
    Reviewing = 2,

    /// <summary>已出结论，评审组关闭</summary>
    Closed = 3,
}

/// <summary>评审组成员状态</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MemberStatus>))]
public enum MemberStatus
{
    /// <summary>已抽中，待评审</summary>
    Assigned = 1,

    /// <summary>已声明回避</summary>
    Conflict = 2,

    /// <summary>已提交评分</summary>
    Submitted = 3,

    /// <summary>超期已替换 — missed the review deadline and was replaced by a new draw; no longer sees the application.</summary>
    Replaced = 4,
}

/// <summary>异议处理结果</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ObjectionStatus>))]
public enum ObjectionStatus
{
    /// <summary>待处理</summary>
    Pending = 1,

    /// <summary>异议成立</summary>
    Upheld = 2,

    /// <summary>异议不成立</summary>
    Dismissed = 3,
}

/// <summary>证书状态</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CertificateStatus>))]
public enum CertificateStatus
{
    /// <summary>有效</summary>
    Valid = 1,

    /// <summary>已降级（仍有效，等级降低）</summary>
    Downgraded = 2,

    /// <summary>已撤销</summary>
    Revoked = 3,
}

/// <summary>复查结论</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RecheckOutcome>))]
public enum RecheckOutcome
{
    /// <summary>复查通过，保持等级</summary>
    Passed = 1,

    /// <summary>降级</summary>
    Downgrade = 2,

    /// <summary>撤销标识</summary>
    Revoke = 3,
}
