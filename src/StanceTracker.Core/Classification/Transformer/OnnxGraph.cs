using Google.Protobuf;

namespace StanceTracker.Core.Classification.Transformer;

/// <summary>A float tensor stored in an ONNX model: its name, shape and values (row-major).</summary>
internal sealed record OnnxInitializer(string Name, long[] Shape, float[] Values);

/// <summary>One node of an ONNX graph: its operator and the names of the values it reads and writes.</summary>
internal sealed record OnnxNode(string Operator, IReadOnlyList<string> Inputs, IReadOnlyList<string> Outputs);

/// <summary>
/// The parts of an ONNX model (ModelProto) needed to lift its weights: float initializers and the graph's nodes.
/// Read with Google.Protobuf's wire-format reader against the field numbers of onnx.proto (ModelProto.graph = 7;
/// GraphProto.node = 1, initializer = 5; NodeProto.input = 1, output = 2, op_type = 4; TensorProto.dims = 1,
/// data_type = 2, float_data = 4, name = 8, raw_data = 9), so no generated classes are needed. Initializers of other
/// element types (the int64 shape constants) are skipped.
/// </summary>
internal sealed class OnnxGraph
{
    private const int FloatElementType = 1;

    private OnnxGraph(Dictionary<string, OnnxInitializer> initializers, List<OnnxNode> nodes)
    {
        Initializers = initializers;
        Nodes = nodes;
    }

    public IReadOnlyDictionary<string, OnnxInitializer> Initializers { get; }

    public IReadOnlyList<OnnxNode> Nodes { get; }

    public static OnnxGraph Read(byte[] model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var graph = Field(model, 7) ?? throw new InvalidDataException("ONNX model without a graph");
        var initializers = new Dictionary<string, OnnxInitializer>(StringComparer.Ordinal);
        var nodes = new List<OnnxNode>();
        var input = new CodedInputStream(graph);
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (WireFormat.GetTagFieldNumber(tag))
            {
                case 1:
                    nodes.Add(ReadNode(input.ReadBytes().ToByteArray()));
                    break;
                case 5:
                    if (ReadTensor(input.ReadBytes().ToByteArray()) is { } tensor)
                    {
                        initializers[tensor.Name] = tensor;
                    }
                    break;
                default:
                    input.SkipLastField();
                    break;
            }
        }
        return new OnnxGraph(initializers, nodes);
    }

    private static byte[]? Field(byte[] message, int field)
    {
        var input = new CodedInputStream(message);
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            if (WireFormat.GetTagFieldNumber(tag) == field)
            {
                return input.ReadBytes().ToByteArray();
            }
            input.SkipLastField();
        }
        return null;
    }

    private static OnnxNode ReadNode(byte[] message)
    {
        var inputs = new List<string>();
        var outputs = new List<string>();
        var op = "";
        var input = new CodedInputStream(message);
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (WireFormat.GetTagFieldNumber(tag))
            {
                case 1: inputs.Add(input.ReadString()); break;
                case 2: outputs.Add(input.ReadString()); break;
                case 4: op = input.ReadString(); break;
                default: input.SkipLastField(); break;
            }
        }
        return new OnnxNode(op, inputs, outputs);
    }

    private static OnnxInitializer? ReadTensor(byte[] message)
    {
        var shape = new List<long>();
        var type = 0;
        var name = "";
        byte[]? raw = null;
        var floats = new List<float>();
        var input = new CodedInputStream(message);
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            var packed = WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited;
            switch (WireFormat.GetTagFieldNumber(tag))
            {
                case 1 when packed:
                    var dims = new CodedInputStream(input.ReadBytes().ToByteArray());
                    while (!dims.IsAtEnd)
                    {
                        shape.Add(dims.ReadInt64());
                    }
                    break;
                case 1: shape.Add(input.ReadInt64()); break;
                case 2: type = input.ReadInt32(); break;
                case 4 when packed:
                    var bytes = input.ReadBytes().ToByteArray();
                    floats.AddRange(ToFloats(bytes));
                    break;
                case 4: floats.Add(input.ReadFloat()); break;
                case 8: name = input.ReadString(); break;
                case 9: raw = input.ReadBytes().ToByteArray(); break;
                default: input.SkipLastField(); break;
            }
        }
        if (type != FloatElementType)
        {
            return null;
        }
        var values = raw is not null ? ToFloats(raw) : floats.ToArray();
        var expected = shape.Aggregate(1L, (a, b) => a * b);
        if (values.Length != expected)
        {
            throw new InvalidDataException($"ONNX initializer {name}: {values.Length} values for shape [{string.Join(',', shape)}]");
        }
        return new OnnxInitializer(name, [.. shape], values);
    }

    // TensorProto stores raw_data little-endian, as does every platform .NET runs this code on.
    private static float[] ToFloats(byte[] bytes)
    {
        var values = new float[bytes.Length / sizeof(float)];
        Buffer.BlockCopy(bytes, 0, values, 0, values.Length * sizeof(float));
        return values;
    }
}
