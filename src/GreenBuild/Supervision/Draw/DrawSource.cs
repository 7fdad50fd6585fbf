namespace GreenBuild.Supervision.Draw;

/// <summary>
/// One public random source as entered: its announced name (optional) and the values it produced,
/// e.g. <c>福彩3D 第2026318期=5 5 2</c> or just <c>2 5 12 8 10</c>. The name is for people and for catching a
/// source entered twice; only the values enter the RFC 3797 key.
/// </summary>
public sealed record DrawSource(string? Name, string Values)
{
    /// <summary>"name=values" or "values": the form the CLI's <c>--source</c>, the page and the API take.</summary>
    public static DrawSource Parse(string line)
    {
        var equals = line.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0)
        {
            equals = line.IndexOf('＝', StringComparison.Ordinal);
        }

        return equals < 0
            ? new DrawSource(null, line.Trim())
            : new DrawSource(line[..equals].Trim() is { Length: > 0 } name ? name : null, line[(equals + 1)..].Trim());
    }
}
