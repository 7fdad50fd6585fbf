namespace GreenBuild.Projects.Model;

/// <summary>The stages a building project passes through, in order.</summary>
public enum ProjectStage
{
    /// <summary>立项</summary>
    Initiation = 1,

    /// <summary>施工图审查</summary>
    DesignReview = 2,

    /// <summary>施工许可</summary>
    ConstructionPermit = 3,

    /// <summary>竣工验收</summary>
    CompletionAcceptance = 4,

    /// <summary>运营</summary>
    Operation = 5,
}
