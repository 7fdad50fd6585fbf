namespace GreenBuild.Supervision.Pages;

/// <summary>What the task form partial shows: the form's values, the organizers the user may choose, and whether it edits a draft.</summary>
public sealed record TaskFormView(TaskForm Form, IReadOnlyList<(string Code, string Name)> Organizers, bool IsEdit);
