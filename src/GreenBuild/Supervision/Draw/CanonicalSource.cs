namespace GreenBuild.Supervision.Draw;

/// <summary>A random source after RFC 3797 §4 canonicalization: its name (or "#n"), the values as entered and the canonical text ("2.5.8.10.12./").</summary>
public sealed record CanonicalSource(string Name, string Entered, string Canonical);
