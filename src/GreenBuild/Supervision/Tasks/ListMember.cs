namespace GreenBuild.Supervision.Tasks;

/// <summary>
/// A member of a published list as announced: its id on the list and the attributes the avoidance rules and the
/// inspections use, frozen with the list (the city, type and employer at announcement; an object's previous inspectors).
/// </summary>
public sealed record ListMember(string Id, string Name, string City, string Type, Guid? Organization, IReadOnlyList<string>? Previous = null);
