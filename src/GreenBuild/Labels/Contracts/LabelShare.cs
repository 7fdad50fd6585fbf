namespace GreenBuild.Labels.Contracts;

/// <summary>
/// A share of floor area: <see cref="Labelled"/> over <see cref="CompletedFloorArea"/> (the registry's projects at 竣工验收
/// or 运营); <see cref="Share"/> is null when there is no completed floor area.
/// </summary>
public sealed record LabelShare(LabelTally Labelled, decimal CompletedFloorArea, int CompletedProjects, decimal? Share);
