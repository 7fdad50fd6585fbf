namespace GreenBuild.Platform.Localization;

/// <summary>Marker type for <c>IStringLocalizer&lt;UiText&gt;</c>: the UI text of the resource files.</summary>
public sealed class UiText;
