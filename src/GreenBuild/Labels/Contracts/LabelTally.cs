namespace GreenBuild.Labels.Contracts;

/// <summary>A count of labelled buildings, their floor area (m²) and the certificate or application numbers counted.</summary>
public sealed record LabelTally(int Count, decimal FloorArea, IReadOnlyList<string> Sources);
