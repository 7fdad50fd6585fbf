namespace GreenBuild.Platform.Web;

/// <summary>One entry of the main navigation: a module's page, shown only to those its policy admits.</summary>
public sealed record NavigationItem(string Group, string TextKey, string Url, string? Policy, int Order);

/// <summary>
/// The main navigation. Each module registers its entries in <c>Add&lt;Module&gt;()</c> with
/// <c>services.AddSingleton(new NavigationItem(…))</c>: only modules that are built appear, and each user
/// sees only what its policy allows.
/// </summary>
public sealed class Navigation(IEnumerable<NavigationItem> items)
{
    public IReadOnlyList<NavigationItem> Items { get; } = [.. items.OrderBy(i => i.Order)];
}
