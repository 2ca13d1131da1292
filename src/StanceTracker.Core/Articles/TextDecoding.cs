using System.Globalization;
using System.Text;

namespace StanceTracker.Core.Articles;

/// <summary>The checks every input passes before a format reader sees it: size, emptiness, binary content, UTF-8.</summary>
internal static class TextDecoding
{
    private const int SniffLength = 8 * 1024;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? CheckSize(long length, long maxBytes)
    {
        if (length <= maxBytes)
        {
            return null;
        }
        var (size, limit) = (FormatSize(length), FormatSize(maxBytes));
        if (size == limit)
        {
            // Rounded alike ("5 MB, above the 5 MB limit") would read as a contradiction.
            (size, limit) = (FormatBytes(length), FormatBytes(maxBytes));
        }
        return $"file is {size}, above the {limit} limit";
    }

    /// <summary>Decodes file bytes to text, or returns why they are not an article.</summary>
    public static string? Decode(byte[] bytes, out string text)
    {
        text = "";
        if (bytes.Length == 0)
        {
            return "file is empty";
        }
        if (LooksBinary(bytes))
        {
            return "binary file, not text";
        }
        var start = PreambleLength(bytes);
        try
        {
            text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            return $"not valid UTF-8 text (first bad byte at offset {start + e.Index})";
        }
        return string.IsNullOrWhiteSpace(text) ? "file is empty" : null;
    }

    /// <summary>Length of the UTF-8 byte-order mark that starts <paramref name="bytes"/>, which is not part of the text.</summary>
    public static int PreambleLength(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Contains((byte)0))
        {
            return true;
        }
        var sniff = bytes[..Math.Min(bytes.Length, SniffLength)];
        var controls = 0;
        foreach (var b in sniff)
        {
            // Tab, line feed, form feed and carriage return occur in ordinary text; other C0 controls and DEL do not.
            controls += (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\f' or (byte)'\r')) || b == 0x7F ? 1 : 0;
        }
        return controls * 10 > sniff.Length;
    }

    private static string FormatSize(long bytes) => bytes switch
    {
        < 1024 => FormatBytes(bytes),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.#} MB"),
    };

    private static string FormatBytes(long bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"{bytes:#,0} {(bytes == 1 ? "byte" : "bytes")}");
}
