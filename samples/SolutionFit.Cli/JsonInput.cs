using System.Text.Json;

namespace SolutionFit.Cli;

/// <summary>Reading small JSON documents by hand, with errors that name the file and the JSON path.</summary>
internal static class JsonInput
{
    /// <exception cref="InputException">The file is missing or not JSON.</exception>
    public static JsonElement Load(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return document.RootElement.Clone();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot read the file: {ex.Message}");
        }
        catch (JsonException ex)
        {
            throw new InputException($"{path}: not valid JSON (line {(ex.LineNumber ?? 0) + 1}): {ex.Message.Split(" Path:")[0].Split(" LineNumber:")[0]}");
        }
    }

    public static JsonElement Property(string path, JsonElement element, string name, string where)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InputException($"{path}: at {where}: expected an object.");
        }

        return element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new InputException($"{path}: at {where}.{name}: required, but missing.");
    }

    public static JsonElement[] Array(string path, JsonElement element, string where) =>
        element.ValueKind == JsonValueKind.Array ? element.EnumerateArray().ToArray() : throw new InputException($"{path}: at {where}: expected an array.");

    public static string[] Strings(string path, JsonElement element, string where) =>
        Array(path, element, where).Select((e, i) => e.ValueKind == JsonValueKind.String ? e.GetString()! : throw new InputException($"{path}: at {where}[{i}]: expected a string.")).ToArray();

    public static double Number(string path, JsonElement element, string where) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out var value) && double.IsFinite(value)
            ? value
            : throw new InputException($"{path}: at {where}: expected a finite number.");

    public static double[] Numbers(string path, JsonElement element, string where) =>
        Array(path, element, where).Select((e, i) => Number(path, e, $"{where}[{i}]")).ToArray();
}
