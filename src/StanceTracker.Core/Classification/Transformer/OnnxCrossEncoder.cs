using System.Collections.Concurrent;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace StanceTracker.Core.Classification.Transformer;

/// <summary>
/// Runs a fine-tuned cross-encoder with ONNX Runtime: the encoder is MiniLM's own ONNX graph carrying the fine-tuned
/// weights (<see cref="MiniLmCheckpoint.FineTuned"/>), mean pooling and the linear head are done here. One session per
/// core, one thread each, pairs sorted by length so batches pad little. Thread-safe.
/// </summary>
internal sealed class OnnxCrossEncoder : IDisposable
{
    private readonly InferenceSession[] _sessions;
    private readonly ConcurrentBag<InferenceSession> _free;
    private readonly SemaphoreSlim _gate;
    private readonly float[] _headWeight;
    private readonly float[] _headBias;
    private readonly string _output;
    private readonly int _hidden;

    /// <param name="model">The ONNX model bytes.</param>
    /// <param name="headWeight">[labels × hidden], row-major (a Linear's weight).</param>
    public OnnxCrossEncoder(byte[] model, float[] headWeight, float[] headBias, int sessionCount = 0)
    {
        _headWeight = headWeight;
        _headBias = headBias;
        _hidden = headWeight.Length / headBias.Length;
        var n = sessionCount > 0 ? sessionCount : Math.Clamp(Environment.ProcessorCount, 1, 2);
        _sessions = new InferenceSession[n];
        for (var i = 0; i < n; i++)
        {
            using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL };
            _sessions[i] = new InferenceSession(model, options);
        }
        _output = _sessions[0].OutputMetadata.Keys.First();
        _free = new ConcurrentBag<InferenceSession>(_sessions);
        _gate = new SemaphoreSlim(n, n);
    }

    /// <summary>The head's outputs ([<see cref="StanceCrossEncoder.Outputs"/>] each) for the pairs, in input order.</summary>
    public float[][] Logits(IReadOnlyList<EncodedPair> pairs, int batchSize = 32)
    {
        var result = new float[pairs.Count][];
        var order = Enumerable.Range(0, pairs.Count).OrderBy(i => pairs[i].Length).ToArray();
        var batches = order.Chunk(batchSize).ToArray();
        Parallel.ForEach(batches, new ParallelOptions { MaxDegreeOfParallelism = _sessions.Length }, batch =>
        {
            _gate.Wait();
            _free.TryTake(out var session);
            try
            {
                var scores = Run(session!, batch.Select(i => pairs[i]).ToList());
                for (var k = 0; k < batch.Length; k++)
                {
                    result[batch[k]] = scores[k];
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

    private float[][] Run(InferenceSession session, List<EncodedPair> batch)
    {
        var width = batch.Max(p => p.Length);
        var ids = new DenseTensor<long>([batch.Count, width]);
        var types = new DenseTensor<long>([batch.Count, width]);
        var mask = new DenseTensor<long>([batch.Count, width]);
        for (var row = 0; row < batch.Count; row++)
        {
            for (var col = 0; col < batch[row].Length; col++)
            {
                ids[row, col] = batch[row].Ids[col];
                types[row, col] = batch[row].TypeIds[col];
                mask[row, col] = 1;
            }
        }
        var inputs = new List<NamedOnnxValue>
        {
            NamedOnnxValue.CreateFromTensor("input_ids", ids),
            NamedOnnxValue.CreateFromTensor("attention_mask", mask),
            NamedOnnxValue.CreateFromTensor("token_type_ids", types),
        };
        using var results = session.Run(inputs, [_output]);
        var states = ((DenseTensor<float>)results[0].AsTensor<float>()).Buffer.Span;
        var logits = new float[batch.Count][];
        var pooled = new float[_hidden];
        for (var row = 0; row < batch.Count; row++)
        {
            Array.Clear(pooled);
            var length = batch[row].Length;
            for (var t = 0; t < length; t++)
            {
                for (var d = 0; d < _hidden; d++)
                {
                    pooled[d] += states[(row * width + t) * _hidden + d];
                }
            }
            var scores = new float[_headBias.Length];
            for (var label = 0; label < scores.Length; label++)
            {
                var sum = _headBias[label];
                for (var d = 0; d < _hidden; d++)
                {
                    sum += _headWeight[label * _hidden + d] * pooled[d] / length;
                }
                scores[label] = sum;
            }
            logits[row] = scores;
        }
        return logits;
    }

    public void Dispose()
    {
        foreach (var session in _sessions)
        {
            session.Dispose();
        }
        _gate.Dispose();
    }
}
