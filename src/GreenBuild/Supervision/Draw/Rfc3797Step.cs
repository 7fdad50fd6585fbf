namespace GreenBuild.Supervision.Draw;

/// <summary>
/// One line of the RFC 3797 §6 table: the counter (0-based; the RFC prints it 1-based as "index"), the
/// MD5 value in upper-case hex, the size of the remaining pool it was divided by ("div"), the remainder,
/// and the 1-based position in the published list it selected.
/// </summary>
public sealed record Rfc3797Step(int Counter, string Md5, int Remaining, int Remainder, int Position);
