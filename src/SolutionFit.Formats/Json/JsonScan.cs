using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SolutionFit.Formats.Json;

/// <summary>
/// Finds why the serializer refused a document when the reason is one the serializer's exception does not tell apart
/// from others: nesting deeper than the limit, or a property name twice in one object. Runs only on the failure path,
/// over the document again, in bounded memory (a buffer of the longest token and one name set per open object).
/// </summary>
internal static class JsonScan
{
    /// <summary>The first such problem in document order, as "at PATH (line L): what"; null when there is none.</summary>
    /// <param name="json">The document; read from its start (it must be seekable).</param>
    /// <param name="maxDepth">The deepest nesting allowed, as <see cref="JsonSerializerOptions.MaxDepth"/> counts it.</param>
    public static string? FirstProblem(Stream json, int maxDepth)
    {
        json.Position = 0;
        var buffer = new byte[16 * 1024];
        var length = 0;
        var line = 1;
        var state = new JsonReaderState(new JsonReaderOptions { MaxDepth = maxDepth + 1 });
        var frames = new Stack<Frame>();
        string? property = null;
        while (true)
        {
            var read = json.Read(buffer, length, buffer.Length - length);
            length += read;
            var final = read == 0;
            var reader = new Utf8JsonReader(buffer.AsSpan(0, length), final, state);
            try
            {
                while (reader.Read())
                {
                    var start = (int)reader.TokenStartIndex;
                    string At() => string.Create(
                        CultureInfo.InvariantCulture,
                        $"at {Path(frames, property)} (line {line + buffer.AsSpan(0, start).Count((byte)'\n')})");
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.StartObject or JsonTokenType.StartArray:
                            Advance(frames);
                            if (reader.CurrentDepth >= maxDepth)
                            {
                                return string.Create(CultureInfo.InvariantCulture, $"{At()}: the document nests deeper than {maxDepth} levels; raise the limit with {Limits.JsonDepth.Option} {Limits.JsonDepth.HelpName} if this is intended.");
                            }

                            frames.Push(new Frame(property, reader.TokenType == JsonTokenType.StartObject));
                            property = null;
                            break;
                        case JsonTokenType.EndObject or JsonTokenType.EndArray:
                            property = frames.Pop().Name;
                            break;
                        case JsonTokenType.PropertyName:
                            var name = reader.GetString()!;
                            if (!frames.Peek().Names!.Add(name))
                            {
                                property = name;
                                return $"{At()}: the property {Show.Quoted(name)} appears more than once in the object; each name may appear once.";
                            }

                            property = name;
                            break;
                        default:
                            Advance(frames);
                            break;
                    }
                }
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException)
            {
                // InvalidOperationException: a name that cannot be unescaped (a lone surrogate such as "\ud800"); the
                // serializer's own message describes the document then.
                return null;
            }

            if (final)
            {
                return null;
            }

            state = reader.CurrentState;
            var consumed = (int)reader.BytesConsumed;
            line += buffer.AsSpan(0, consumed).Count((byte)'\n');
            buffer.AsSpan(consumed, length - consumed).CopyTo(buffer);
            length -= consumed;
            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }
        }
    }

    /// <summary>A value was read in the innermost array: the next one is at the next index.</summary>
    private static void Advance(Stack<Frame> frames)
    {
        if (frames.TryPeek(out var frame) && !frame.IsObject)
        {
            frame.Index++;
        }
    }

    private static string Path(Stack<Frame> frames, string? property)
    {
        var path = new StringBuilder("$");
        var list = frames.Reverse().ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var frame = list[i];
            var next = i + 1 < list.Count ? list[i + 1].Name : property;
            if (frame.IsObject)
            {
                if (next is not null)
                {
                    JsonPaths.AppendName(path, next);
                }
            }
            else if (frame.Index >= 0)
            {
                path.Append('[').Append(frame.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        return Show.Escape(path.ToString(), 4 * Show.MaxValueLength);
    }

    /// <summary>An open object or array: the property it is the value of; an object's names; an array's current index.</summary>
    private sealed class Frame(string? name, bool isObject)
    {
        public string? Name { get; } = name;

        public bool IsObject { get; } = isObject;

        public HashSet<string>? Names { get; } = isObject ? new HashSet<string>(StringComparer.Ordinal) : null;

        public int Index { get; set; } = -1;
    }
}
