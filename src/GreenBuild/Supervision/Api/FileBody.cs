using GreenBuild.Supervision.Inspections;

namespace GreenBuild.Supervision.Api;

/// <summary>A file in a JSON body: its name and its bytes in base64 (JSON bodies cannot be forged by a cross-site form).</summary>
internal sealed record FileBody(string? FileName, string? ContentBase64)
{
    /// <summary>The uploads, or null when a content is not valid base64.</summary>
    public static List<Upload>? Decode(IReadOnlyList<FileBody>? files)
    {
        var uploads = new List<Upload>();
        foreach (var file in files ?? [])
        {
            var bytes = new byte[((file.ContentBase64?.Length ?? 0) * 3 / 4) + 3];
            if (!Convert.TryFromBase64String(file.ContentBase64 ?? "", bytes, out var written))
            {
                return null;
            }

            uploads.Add(new Upload(file.FileName ?? "", bytes[..written]));
        }

        return uploads;
    }
}
