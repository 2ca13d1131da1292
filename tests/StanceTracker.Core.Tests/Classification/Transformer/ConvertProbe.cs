using System.Text.Json.Nodes;
using StanceTracker.Core.Classification.Transformer;

namespace StanceTracker.Core.Tests.Classification.Transformer;

public sealed class ConvertProbe
{
    [Fact(Explicit = true)]
    public void Convert()
    {
        var dir = Environment.GetEnvironmentVariable("XENC_DIR")!;
        var model = new StanceCrossEncoder(BertShape.MiniLm, 0.1);
        model.load(Path.Combine(dir, "cross-encoder.bin"));
        var (w, b) = model.HeadParameters();
        File.WriteAllBytes(Path.Combine(dir, "cross-encoder.onnx"), MiniLmCheckpoint.FineTuned(model.EncoderState()));
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "cross-encoder.json")))!.AsObject();
        json["HeadWeight"] = new JsonArray(w.Select(x => (JsonNode)x).ToArray());
        json["HeadBias"] = new JsonArray(b.Select(x => (JsonNode)x).ToArray());
        File.WriteAllText(Path.Combine(dir, "cross-encoder.json"), json.ToJsonString());
    }
}
