using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace StanceTracker.Data.Copying;

/// <summary>
/// Row count and SHA-256 over a table's rows in key order, each value first put in one text form whatever engine
/// read it: SQLite's 0/1 and PostgreSQL's booleans become "0"/"1", numbers their invariant round-trip text.
/// </summary>
internal sealed class TableChecksum : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private byte[] _buffer = new byte[256];

    public long Rows { get; private set; }

    public void Add(object[] values)
    {
        Rows++;
        foreach (var value in values)
        {
            // A length before every value and a marker for null, so ("ab", "c") and ("a", "bc") or null and "" differ.
            if (Canonical(value) is not { } text)
            {
                _hash.AppendData([0]);
                continue;
            }
            var length = Encoding.UTF8.GetByteCount(text);
            if (_buffer.Length < length + 5)
            {
                _buffer = new byte[Math.Max(length + 5, _buffer.Length * 2)];
            }
            _buffer[0] = 1;
            BinaryPrimitives.WriteInt32BigEndian(_buffer.AsSpan(1), length);
            Encoding.UTF8.GetBytes(text, _buffer.AsSpan(5));
            _hash.AppendData(_buffer, 0, length + 5);
        }
    }

    public string Finish() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public void Dispose() => _hash.Dispose();

    internal static string? Canonical(object? value) => value switch
    {
        null or DBNull => null,
        string s => s,
        bool b => b ? "1" : "0",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => ((double)f).ToString("R", CultureInfo.InvariantCulture),
        byte[] bytes => "\\x" + Convert.ToHexStringLower(bytes),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
