namespace GreenBuild.Energy.Readings;

/// <summary>A register reading at a time (UTC), as a collector sends it: cumulative, not a difference.</summary>
public sealed record RegisterReading(DateTime TimestampUtc, decimal Value);

/// <summary>换表 — the old register's final reading and the new register's initial reading at the swap.</summary>
public sealed record MeterReplacement(DateTime AtUtc, decimal OldFinal, decimal NewInitial);

/// <summary>The consumption of one interval ending at <see cref="EndUtc"/>, with its quality flags.</summary>
public sealed record IntervalValue(DateTime EndUtc, decimal Value, QualityFlag Flags);
