namespace GreenBuild.Platform.Web;

/// <summary>One entry of the main navigation: a module's page, shown only to those its policy admits.</summary>
public sealed record NavigationItem(string Group, string TextKey, string Url, string? Policy, int Order);

/// <summary>
/// The main navigation, filled by each module's <c>Add&lt;Module&gt;()</c>: only modules that are built
/// appear, and each user sees only what its policy allows.
/// </summary>
public sealed class Navigation
{
    private readonly List<NavigationItem> items = [];

    public IReadOnlyList<NavigationItem> Items => items;

    public Navigation Add(NavigationItem item)
    {
        items.Add(item);
        items.Sort((a, b) => a.Order.CompareTo(b.Order));
        return this;
    }
}
