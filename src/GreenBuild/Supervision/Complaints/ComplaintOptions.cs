namespace GreenBuild.Supervision.Complaints;

/// <summary>
/// Abuse controls of the public complaint form (<c>Supervision:Complaints</c>): proof-of-work difficulty, the time a
/// form must be open before it is sent and how long its challenge lives, and the per-IP rate limits.
/// </summary>
public sealed class ComplaintOptions
{
    /// <summary>Leading zero bits of SHA-256(challenge ":" nonce): 16 bits ≈ 65 000 hashes on average, about a second in a browser.</summary>
    public int Difficulty { get; set; } = 16;

    public TimeSpan MinFillTime { get; set; } = TimeSpan.FromSeconds(3);

    public TimeSpan ChallengeLifetime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Complaints filed per IP address per <see cref="Window"/>.</summary>
    public int FilingsPerWindow { get; set; } = 5;

    /// <summary>Challenges and status look-ups per IP address per <see cref="Window"/>.</summary>
    public int ReadsPerWindow { get; set; } = 60;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(10);

    public int MaxFiles { get; set; } = 3;
}
