namespace StanceTracker.Core.Classification.Transformer;

/// <summary>A float tensor stored in an ONNX model: its name, shape, values (row-major) and where its raw bytes sit in the file.</summary>
internal sealed record OnnxInitializer(string Name, long[] Shape, float[] Values, int RawOffset);

/// <summary>One node of an ONNX graph: its operator and the names of the values it reads and writes.</summary>
internal sealed record OnnxNode(string Operator, IReadOnlyList<string> Inputs, IReadOnlyList<string> Outputs);

/// <summary>
/// The parts of an ONNX model (ModelProto) needed to lift its weights and to put fine-tuned ones back: float
/// initializers with the file offset of their raw bytes, the graph's nodes, and the names of its inputs. Read with a
/// minimal protobuf wire reader (<see cref="ProtoWire"/>) against the field numbers of onnx.proto: ModelProto.graph = 7;
/// GraphProto.node = 1, initializer = 5, input = 11; NodeProto.input = 1, output = 2, op_type = 4; TensorProto.dims = 1,
/// data_type = 2, name = 8, raw_data = 9; ValueInfoProto.name = 1. Initializers of other element types (the int64
/// shape constants) and tensors not stored as raw bytes are skipped.
/// </summary>
internal sealed class OnnxGraph
{
    private const int FloatElementType = 1;

    private OnnxGraph(Dictionary<string, OnnxInitializer> initializers, List<OnnxNode> nodes, List<string> inputs)
    {
        Initializers = initializers;
        Nodes = nodes;
        Inputs = inputs;
    }

    public IReadOnlyDictionary<string, OnnxInitializer> Initializers { get; }

    public IReadOnlyList<OnnxNode> Nodes { get; }

    /// <summary>The graph's input names (for MiniLM: input_ids, attention_mask, token_type_ids).</summary>
    public IReadOnlyList<string> Inputs { get; }

    public static OnnxGraph Read(byte[] model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var graph = ProtoWire.Fields(model, 0, model.Length).FirstOrDefault(f => f.Number == 7);
        if (graph.Number != 7)
        {
            throw new InvalidDataException("ONNX model without a graph");
        }
        var initializers = new Dictionary<string, OnnxInitializer>(StringComparer.Ordinal);
        var nodes = new List<OnnxNode>();
        var inputs = new List<string>();
        foreach (var field in ProtoWire.Fields(model, graph.Start, graph.End))
        {
            switch (field.Number)
            {
                case 1:
                    nodes.Add(ReadNode(model, field));
                    break;
                case 5 when ReadTensor(model, field) is { } tensor:
                    initializers[tensor.Name] = tensor;
                    break;
                case 11:
                    inputs.Add(ProtoWire.Fields(model, field.Start, field.End).Where(f => f.Number == 1).Select(f => f.String(model)).FirstOrDefault() ?? "");
                    break;
            }
        }
        return new OnnxGraph(initializers, nodes, inputs);
    }

    private static OnnxNode ReadNode(byte[] model, ProtoField node)
    {
        var inputs = new List<string>();
        var outputs = new List<string>();
        var op = "";
        foreach (var field in ProtoWire.Fields(model, node.Start, node.End))
        {
            switch (field.Number)
            {
                case 1: inputs.Add(field.String(model)); break;
                case 2: outputs.Add(field.String(model)); break;
                case 4: op = field.String(model); break;
            }
        }
        return new OnnxNode(op, inputs, outputs);
    }

    private static OnnxInitializer? ReadTensor(byte[] model, ProtoField tensor)
    {
        var shape = new List<long>();
        var type = 0;
        var name = "";
        ProtoField? raw = null;
        foreach (var field in ProtoWire.Fields(model, tensor.Start, tensor.End))
        {
            switch (field.Number)
            {
                case 1 when field.IsLengthDelimited: shape.AddRange(ProtoWire.PackedVarints(model, field)); break;
                case 1: shape.Add((long)field.Varint); break;
                case 2: type = (int)field.Varint; break;
                case 8: name = field.String(model); break;
                case 9: raw = field; break;
            }
        }
        if (type != FloatElementType || raw is not { } bytes)
        {
            return null;
        }
        // TensorProto stores raw_data little-endian, as does every platform .NET runs this code on.
        var values = new float[(bytes.End - bytes.Start) / sizeof(float)];
        Buffer.BlockCopy(model, bytes.Start, values, 0, values.Length * sizeof(float));
        if (values.Length != shape.Aggregate(1L, (a, b) => a * b))
        {
            throw new InvalidDataException($"ONNX initializer {name}: {values.Length} values for shape [{string.Join(',', shape)}]");
        }
        return new OnnxInitializer(name, [.. shape], values, bytes.Start);
    }
}

/// <summary>One field of a protobuf message: its number, and either its varint value or the byte range of its payload.</summary>
internal readonly record struct ProtoField(int Number, int WireType, ulong Varint, int Start, int End)
{
    public bool IsLengthDelimited => WireType == 2;

    public string String(byte[] buffer) => System.Text.Encoding.UTF8.GetString(buffer, Start, End - Start);
}

/// <summary>
/// The protobuf wire format, read in place: a message is a run of (tag, payload) pairs, the tag a varint of
/// field number and wire type (0 varint, 1 eight bytes, 2 length-prefixed, 5 four bytes). Reading in place keeps the
/// offset of every payload, which is what lets fine-tuned weights be written back over the pretrained ones.
/// </summary>
internal static class ProtoWire
{
    public static IEnumerable<ProtoField> Fields(byte[] buffer, int start, int end)
    {
        var at = start;
        while (at < end)
        {
            var tag = ReadVarint(buffer, ref at);
            var number = (int)(tag >> 3);
            var wire = (int)(tag & 7);
            switch (wire)
            {
                case 0:
                    var value = ReadVarint(buffer, ref at);
                    yield return new ProtoField(number, wire, value, at, at);
                    break;
                case 1:
                    yield return new ProtoField(number, wire, 0, at, at + 8);
                    at += 8;
                    break;
                case 2:
                    var length = checked((int)ReadVarint(buffer, ref at));
                    if (length < 0 || at + length > end)
                    {
                        throw new InvalidDataException($"protobuf field {number}: length {length} runs past its message");
                    }
                    yield return new ProtoField(number, wire, 0, at, at + length);
                    at += length;
                    break;
                case 5:
                    yield return new ProtoField(number, wire, 0, at, at + 4);
                    at += 4;
                    break;
                default:
                    throw new InvalidDataException($"protobuf wire type {wire} at byte {at} is not supported");
            }
        }
    }

    public static IEnumerable<long> PackedVarints(byte[] buffer, ProtoField field)
    {
        var values = new List<long>();
        var at = field.Start;
        while (at < field.End)
        {
            values.Add((long)ReadVarint(buffer, ref at));
        }
        return values;
    }

    private static ulong ReadVarint(byte[] buffer, ref int at)
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (at >= buffer.Length)
            {
                throw new InvalidDataException("protobuf varint runs past the end of the buffer");
            }
            var b = buffer[at++];
            result |= (ulong)(b & 0x7f) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }
        throw new InvalidDataException("protobuf varint longer than 10 bytes");
    }
}
