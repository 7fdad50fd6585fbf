namespace GreenBuild.Energy.Ingest;

/// <summary>A refused line of a batch: its number (1 = the first data line after the header), a stable code and the message key's arguments.</summary>
public sealed record LineError(int Line, string Code, string MessageKey, params object[] Arguments);
