namespace GreenBuild.Standards.Reference;

/// <summary>核实状态 — the verification marks a reference table or entry can carry.</summary>
public static class ReferenceStatus
{
    /// <summary>Read in the standard's text, an official publication, or a named source quoting it.</summary>
    public const string Checked = "checked";

    /// <summary>Recalled, not yet confirmed against the text: usable, but to be confirmed.</summary>
    public const string Unverified = "unverified";
}
