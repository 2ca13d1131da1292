using System.Text.Encodings.Web;
using System.Text.Json;

namespace StanceTracker.Data.Contracts;

/// <summary>
/// How the response records are written, by the API and the CLI alike: camelCase names, ISO dates (the serializer
/// writes <see cref="DateOnly"/> as <c>yyyy-MM-dd</c>), readable non-ASCII text. One set of options, so that the same
/// record cannot come out under two spellings.
/// </summary>
public static class ContractJson
{
    public static readonly JsonSerializerOptions Compact = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Names and curly quotes stay readable; the API sends application/json and the CLI writes to a terminal or file,
        // and neither is ever embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true };

    /// <summary>Confidence as written: three decimals are more than any calibration supports.</summary>
    public static double Confidence(double value) => Math.Round(value, 3);
}
