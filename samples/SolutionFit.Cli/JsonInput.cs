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
}
