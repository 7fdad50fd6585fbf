using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace GreenBuild.Supervision.Complaints;

/// <summary>A challenge as the form receives it: the opaque token, the difficulty in bits and the earliest time to send.</summary>
public sealed record ChallengeDto(string Token, int Difficulty, DateTime NotBeforeUtc);

/// <summary>
/// 防刷 — the CAPTCHA-free flood control of the complaint form: the server hands out a signed, time-stamped challenge
/// (ASP.NET Data Protection, so it cannot be forged or altered); the browser must find a nonce such that
/// SHA-256(token ":" nonce) starts with <see cref="ComplaintOptions.Difficulty"/> zero bits (proof of work, done by
/// <c>/js/complaint-pow.js</c>), and may send it no sooner than the minimum fill time and no later than the lifetime.
/// Each challenge files at most one complaint (its id is unique in the table). No state is kept until a complaint is filed.
/// </summary>
public sealed class ComplaintChallenge(IDataProtectionProvider protection, IOptions<ComplaintOptions> options, TimeProvider clock)
{
    private readonly IDataProtector protector = protection.CreateProtector("GreenBuild.Supervision.ComplaintChallenge.v1");

    public ChallengeDto Issue()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var payload = string.Create(CultureInfo.InvariantCulture, $"{Guid.NewGuid():N}|{now.Ticks}|{options.Value.Difficulty}");
        return new ChallengeDto(protector.Protect(payload), options.Value.Difficulty, now + options.Value.MinFillTime);
    }

    /// <summary>The challenge's id when the token is genuine, in its time window and solved by the nonce; otherwise the error code.</summary>
    public (string? ChallengeId, string? Error) Check(string? token, string? nonce)
    {
        string payload;
        try
        {
            payload = protector.Unprotect(token ?? "");
        }
        catch (CryptographicException)
        {
            return (null, "complaint.challenge.invalid");
        }

        var parts = payload.Split('|');
        var issued = new DateTime(long.Parse(parts[1], CultureInfo.InvariantCulture), DateTimeKind.Utc);
        var difficulty = int.Parse(parts[2], CultureInfo.InvariantCulture);
        var now = clock.GetUtcNow().UtcDateTime;
        if (now < issued + options.Value.MinFillTime)
        {
            return (null, "complaint.challenge.early");
        }

        if (now > issued + options.Value.ChallengeLifetime)
        {
            return (null, "complaint.challenge.expired");
        }

        return nonce is { Length: > 0 and <= 20 } && nonce.All(char.IsAsciiDigit) && LeadingZeroBits(token! + ":" + nonce) >= difficulty
            ? (parts[0], null)
            : (null, "complaint.challenge.work");
    }

    public static int LeadingZeroBits(string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        var bits = 0;
        foreach (var b in hash)
        {
            if (b == 0)
            {
                bits += 8;
                continue;
            }

            return bits + System.Numerics.BitOperations.LeadingZeroCount((uint)b) - 24;
        }

        return bits;
    }

    /// <summary>What the browser does, for the CLI, the tests and API clients: the smallest nonce that solves the challenge.</summary>
    public static string Solve(string token, int difficulty)
    {
        for (long nonce = 0; ; nonce++)
        {
            var text = nonce.ToString(CultureInfo.InvariantCulture);
            if (LeadingZeroBits(token + ":" + text) >= difficulty)
            {
                return text;
            }
        }
    }
}
