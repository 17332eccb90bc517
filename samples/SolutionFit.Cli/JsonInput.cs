using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SolutionFit.Cli.Json;

namespace SolutionFit.Cli;

/// <summary>Reading JSON documents into the DTOs of <see cref="CliJsonContext"/>, with errors that name the file and the JSON path.</summary>
internal static class JsonInput
{
    /// <summary>Reads a file into a DTO.</summary>
    /// <exception cref="InputException">The file cannot be read, is not JSON, is of the wrong shape, or is <c>null</c>.</exception>
    public static T Load<T>(string path, JsonTypeInfo<T> type)
        where T : class
    {
        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputException($"{path}: cannot read the file: {ex.Message}");
        }

        using (stream)
        {
            return Read(stream, path, type);
        }
    }

    /// <summary>Reads a document into a DTO; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="InputException">The document is not JSON, is of the wrong shape, or is <c>null</c>.</exception>
    public static T Read<T>(Stream json, string source, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(json, type)
                ?? throw new InputException($"{source}: the document is null; expected {JsonPaths.Describe(type)}.");
        }
        catch (JsonException ex)
        {
            throw new InputException($"{source}: {JsonPaths.Describe(ex, type)}");
        }
    }

    /// <summary>Rejects null items of a DTO's list (the serializer allows them), naming the first by its path.</summary>
    /// <exception cref="InputException">An item is null.</exception>
    public static void NoNullItems<T>(IReadOnlyList<T?> items, string source, string path)
        where T : class
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                throw new InputException($"{source}: {path}[{i}] is null.");
            }
        }
    }

    // The mcda command's matrix is still read by hand from a JsonElement (its input types change on another branch).

    /// <exception cref="InputException">The file is missing or not JSON.</exception>
    public static JsonElement Load(string path) => Load(path, CliJsonContext.Instance.JsonElement);

    private static JsonElement Load(string path, JsonTypeInfo<JsonElement> type)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize(stream, type);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot read the file: {ex.Message}");
        }
        catch (JsonException ex)
        {
            throw new InputException($"{path}: not valid JSON: {JsonPaths.Describe(ex, type)}");
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
