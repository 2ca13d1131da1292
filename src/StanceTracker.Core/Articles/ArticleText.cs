using System.Security.Cryptography;
using System.Text;

namespace StanceTracker.Core.Articles;

/// <summary>Normalisation shared by every reader, and the content hash that gives an article its identity.</summary>
public static class ArticleText
{
    /// <summary>
    /// NFC, LF line endings, no trailing spaces, at most one blank line in a row, trimmed. Offsets of statements are
    /// taken in this form, so every reader must hand bodies through it.
    /// </summary>
    public static string NormaliseBody(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var unified = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(unified.Length);
        var blankRun = 0;
        foreach (var rawLine in unified.Split('\n'))
        {
            var line = rawLine.Replace('\u00A0', ' ').TrimEnd();
            if (line.Length == 0)
            {
                blankRun++;
                continue;
            }
            if (builder.Length > 0)
            {
                builder.Append(blankRun > 0 ? "\n\n" : "\n");
            }
            builder.Append(line);
            blankRun = 0;
        }
        return builder.ToString();
    }

    /// <summary>
    /// SHA-256 over the body with case, whitespace and quotation-mark style folded away, so the same story
    /// re-wrapped or re-typeset by another outlet's feed hashes alike.
    /// </summary>
    public static string ContentHash(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var folded = new StringBuilder(body.Length);
        var pendingSpace = false;
        foreach (var c in body.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }
            folded.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
                '\u2013' or '\u2014' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folded.ToString())));
    }
}
