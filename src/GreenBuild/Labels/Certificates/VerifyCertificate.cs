using GreenBuild.Labels.Model;
using GreenBuild.Platform.Database;
using Microsoft.EntityFrameworkCore;

namespace GreenBuild.Labels.Certificates;

/// <summary>
/// 证书验证 — the public checks a certificate by its number and verification code. A wrong code says only that the
/// pair does not match (the number alone reveals nothing); a match shows the certificate as it stands now, downgrade
/// or revocation included.
/// </summary>
public sealed class VerifyCertificate(GreenBuildDb db)
{
    public async Task<Certificate?> RunAsync(string? number, string? code, CancellationToken cancellationToken = default)
    {
        var trimmed = (number ?? "").Trim();
        if (trimmed.Length is 0 or > 40)
        {
            return null;
        }

        var certificate = await db.Set<Certificate>().AsNoTracking().FirstOrDefaultAsync(c => c.Number == trimmed, cancellationToken);
        return certificate is not null
            && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.ASCII.GetBytes(Numbering.NormalizeCode(code)), System.Text.Encoding.ASCII.GetBytes(certificate.VerificationCode))
            ? certificate : null;
    }
}
