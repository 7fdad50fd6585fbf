namespace GreenBuild.Standards;

/// <summary>Placeholder namespace anchor; the calculators helper replaces this file.</summary>
internal static class StandardsAssembly;
