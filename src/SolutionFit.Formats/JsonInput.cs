using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SolutionFit.Formats.Json;

namespace SolutionFit.Formats;

/// <summary>Reading JSON documents into the DTOs of <see cref="CliJsonContext"/>, with errors that name the file and the JSON path.</summary>
internal static class JsonInput
{
    /// <summary>Reads a file into a DTO, within the file size and nesting depth of <paramref name="limits"/> (by default <see cref="Limits.Default"/>).</summary>
    /// <exception cref="InputException">The file cannot be read, is too large, is not JSON, is too deep, has a property twice in an object, is of the wrong shape, or is <c>null</c>.</exception>
    public static T Load<T>(string path, JsonTypeInfo<T> type, Limits? limits = null)
        where T : class
    {
        limits ??= Limits.Default;
        limits.CheckFileSize(path);
        Stream stream;
        try
        {
            stream = File.OpenRead(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputException($"{path}: cannot read the file: {InputException.FirstLine(ex.Message)}");
        }

        using (stream)
        {
            return Read(stream, path, type, limits.MaxJsonDepth);
        }
    }

    /// <summary>Reads a document into a DTO; <paramref name="source"/> names it in errors.</summary>
    /// <param name="json">The document.</param>
    /// <param name="source">What errors call it.</param>
    /// <param name="type">The DTO.</param>
    /// <param name="maxDepth">The deepest nesting allowed; by default <see cref="Limits.JsonDepth"/>'s default.</param>
    /// <exception cref="InputException">The document is not JSON, is too deep, has a property twice in an object, is of the wrong shape, or is <c>null</c>.</exception>
    public static T Read<T>(Stream json, string source, JsonTypeInfo<T> type, int maxDepth = 0)
        where T : class
    {
        maxDepth = maxDepth > 0 ? maxDepth : Limits.JsonDepth.Default;
        if (type.Options.MaxDepth != maxDepth)
        {
            type = (JsonTypeInfo<T>)CliJsonContext.WithMaxDepth(maxDepth).GetTypeInfo(typeof(T))!;
        }

        try
        {
            return JsonSerializer.Deserialize(json, type)
                ?? throw new InputException($"{source}: the document is null; expected {JsonPaths.Describe(type)}.");
        }
        catch (JsonException ex)
        {
            // Too deep and a name twice look like any other refusal from outside: the document is read again to tell.
            var problem = json.CanSeek ? JsonScan.FirstProblem(json, maxDepth) : null;
            throw new InputException($"{source}: {problem ?? JsonPaths.Describe(ex, type)}");
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
