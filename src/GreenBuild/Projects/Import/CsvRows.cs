using System.Text;
using Sylvan.Data.Csv;

namespace GreenBuild.Projects.Import;

/// <summary>
/// Reads a CSV export of the template in UTF-8 (with or without BOM) or GBK/GB 18030 — what Excel writes on a
/// Chinese Windows. The encoding is decided from the bytes, strictly: text that is neither is refused rather than
/// imported as mojibake.
/// </summary>
internal static class CsvRows
{
    static CsvRows() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static IEnumerable<SheetRow> Read(byte[] bytes, ReadShare? share = null)
    {
        var text = Decode(bytes);
        using var reader = CsvDataReader.Create(share is null ? new StringReader(text) : new CountingReader(text, share), new CsvDataReaderOptions
        {
            HasHeaders = false, MaxBufferSize = 1024 * 1024,
        });
        var number = 0;
        while (reader.Read())
        {
            number++;
            var cells = new Dictionary<int, string>();
            for (var i = 0; i < reader.RowFieldCount; i++)
            {
                var value = reader.GetString(i).Trim();

                // The export writes text that would run as a formula with a leading apostrophe; read it back as written.
                if (value.Length > 1 && value[0] == '\'' && value[1] is '=' or '+' or '-' or '@')
                {
                    value = value[1..];
                }

                if (value.Length > 0)
                {
                    cells[i] = value;
                }
            }

            yield return new SheetRow(number, cells, new HashSet<int>());
        }
    }

    /// <summary>Reads the text, telling <see cref="ReadShare"/> how much of it was read.</summary>
    private sealed class CountingReader(string text, ReadShare share) : StringReader(text)
    {
        private readonly long length = text.Length;
        private long read;

        public override int Read(char[] buffer, int index, int count) => Counted(base.Read(buffer, index, count));

        public override int Read(Span<char> buffer) => Counted(base.Read(buffer));

        private int Counted(int n)
        {
            read += n;
            share.Set(read, length);
            return n;
        }
    }

    /// <summary>The text of the file, or the reason its encoding is refused.</summary>
    public static string Decode(byte[] bytes)
    {
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            throw new ImportFileException("projects.import.utf16");
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new ImportFileException("projects.import.binary");
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException) when (start == 0)
        {
            try
            {
                return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                throw new ImportFileException("projects.import.encoding");
            }
        }
        catch (DecoderFallbackException)
        {
            throw new ImportFileException("projects.import.encoding");
        }
    }
}
