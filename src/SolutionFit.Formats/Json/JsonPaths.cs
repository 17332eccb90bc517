using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace SolutionFit.Formats.Json;

/// <summary>
/// Where a problem is in a JSON document, and what the DTO expects there: read from the serializer's metadata of the
/// DTOs, never from exception messages.
/// </summary>
internal static class JsonPaths
{
    /// <summary>A deserialization error as "at PATH (line L): what the DTO expects there".</summary>
    public static string Describe(JsonException ex, JsonTypeInfo root)
    {
        var path = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
        var line = ex.LineNumber is { } l ? $" (line {(l + 1).ToString(CultureInfo.InvariantCulture)})" : string.Empty;
        var what = ex.InnerException is JsonException
            ? $"not valid JSON{(ex.BytePositionInLine is { } b ? $" (near byte {(b + 1).ToString(CultureInfo.InvariantCulture)} of the line)" : string.Empty)}"
            : Expected(root, path);
        return $"at {Show.Escape(path, 4 * Show.MaxValueLength)}{line}: {what}.";
    }

    /// <summary>
    /// The path of a library argument error within the item at <paramref name="at"/> (a <paramref name="item"/>): the
    /// member named by <see cref="ArgumentException.ParamName"/>, then <see cref="InvalidInputException.Index"/> in it if
    /// it is an array, then <see cref="InvalidInputException.Field"/> (a key of an object, or a member of an item). What
    /// the DTO does not have is left out, so the path is never wrong, only shorter.
    /// </summary>
    /// <param name="at">The path of the item.</param>
    /// <param name="item">The item's DTO type.</param>
    /// <param name="ex">The library's error.</param>
    /// <param name="member">The item's member the error is about, when the library's parameter has another name; by default the ParamName.</param>
    public static string Locate(string at, JsonTypeInfo item, ArgumentException ex, string? member = null)
    {
        if (Member(item, member ?? ex.ParamName) is not { } property)
        {
            return at;
        }

        var path = new StringBuilder(at).Append('.').Append(property.Name);
        var type = item.Options.GetTypeInfo(property.PropertyType);
        if (ex is not InvalidInputException invalid)
        {
            return path.ToString();
        }

        if (invalid.Index is { } index && type.Kind == JsonTypeInfoKind.Enumerable)
        {
            path.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            type = type.Options.GetTypeInfo(type.ElementType!);
        }

        if (invalid.Field is { } field && (type.Kind == JsonTypeInfoKind.Dictionary || Member(type, field) is not null))
        {
            AppendName(path, field);
        }

        return path.ToString();
    }

    /// <summary>
    /// "at PATH" of a library argument error about a whole document (a <paramref name="document"/>), as
    /// <see cref="Locate"/> finds it; null when the error names no member of the document.
    /// </summary>
    public static string? At(JsonTypeInfo document, ArgumentException ex, string? member = null) =>
        Member(document, member ?? ex.ParamName) is null ? null : $"at {Locate("$", document, ex, member)}";

    /// <summary>What the DTO expects at <paramref name="path"/> (a path as <see cref="JsonException.Path"/> gives it).</summary>
    private static string Expected(JsonTypeInfo root, string path)
    {
        var type = root;
        foreach (var (name, index) in Segments(path))
        {
            if (index is not null && type.Kind == JsonTypeInfoKind.Enumerable)
            {
                type = type.Options.GetTypeInfo(type.ElementType!);
            }
            else if (name is not null && type.Kind == JsonTypeInfoKind.Dictionary)
            {
                type = type.Options.GetTypeInfo(type.ElementType!);
            }
            else if (name is not null && type.Kind == JsonTypeInfoKind.Object)
            {
                if (Member(type, name) is not { } member)
                {
                    return $"unknown property {Show.Quoted(name)}; expected {Describe(type)}";
                }

                type = type.Options.GetTypeInfo(member.PropertyType);
            }
            else
            {
                break;
            }
        }

        return $"expected {Describe(type)}";
    }

    /// <summary>A DTO type in words: "a number", "an array of strings", "an object with the required properties ...".</summary>
    public static string Describe(JsonTypeInfo type, bool plural = false)
    {
        var clr = Nullable.GetUnderlyingType(type.Type) ?? type.Type;
        if (clr.GetCustomAttributes(typeof(JsonExpectedAttribute), inherit: false) is [JsonExpectedAttribute expected, ..])
        {
            return expected.Expected;
        }

        switch (type.Kind)
        {
            case JsonTypeInfoKind.Enumerable:
                return $"{(plural ? "arrays" : "an array")} of {Describe(type.Options.GetTypeInfo(type.ElementType!), plural: true)}";
            case JsonTypeInfoKind.Dictionary:
                return $"{(plural ? "objects" : "an object")} of {Describe(type.Options.GetTypeInfo(type.ElementType!), plural: true)} by name";
            case JsonTypeInfoKind.Object:
                var required = type.Properties.Where(p => p.IsRequired).Select(p => $"'{p.Name}'").ToList();
                var optional = type.Properties.Where(p => !p.IsRequired).Select(p => $"'{p.Name}'").ToList();
                return $"{(plural ? "objects" : "an object")} with the required propert{(required.Count == 1 ? "y" : "ies")} {List(required)}{(optional.Count > 0 ? $" (optional: {string.Join(", ", optional)})" : string.Empty)}";
        }

        if (clr.IsEnum)
        {
            return $"one of {List(Enum.GetNames(clr).Select(n => $"'{JsonNamingPolicy.CamelCase.ConvertName(n)}'").ToList(), "or")}";
        }

        return clr == typeof(double) ? (plural ? "numbers" : "a number")
            : clr == typeof(int) ? (plural ? "whole numbers" : "a whole number")
            : clr == typeof(string) ? (plural ? "strings" : "a string")
            : clr == typeof(bool) ? "true or false"
            : "a JSON value";
    }

    private static string List(List<string> items, string conjunction = "and") => items.Count switch
    {
        0 => "(none)",
        1 => items[0],
        _ => $"{string.Join(", ", items.Take(items.Count - 1))} {conjunction} {items[^1]}",
    };

    private static JsonPropertyInfo? Member(JsonTypeInfo type, string? name) =>
        name is null || type.Kind != JsonTypeInfoKind.Object ? null : type.Properties.FirstOrDefault(p => p.Name == name);

    /// <summary>Appends a property name as the serializer writes paths: <c>.name</c>, or <c>['name']</c> when it has special characters.</summary>
    internal static void AppendName(StringBuilder path, string name)
    {
        if (name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            path.Append('.').Append(name);
        }
        else
        {
            path.Append("['").Append(Show.Escape(name, Show.MaxValueLength).Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
        }
    }

    /// <summary>
    /// The segments of a path as <see cref="JsonException.Path"/> writes it (<c>$.a[0]['b.c']</c>): a property name or an
    /// array index each.
    /// </summary>
    private static IEnumerable<(string? Name, int? Index)> Segments(string path)
    {
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                yield return (path[(i + 1)..end], null);
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['"))
            {
                var name = new StringBuilder();
                i += 2;
                while (i < path.Length && !path.AsSpan(i).StartsWith("']"))
                {
                    if (path[i] == '\\' && i + 1 < path.Length)
                    {
                        i++;
                    }

                    name.Append(path[i++]);
                }

                yield return (name.ToString(), null);
                i += 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                end = end < 0 ? path.Length : end;
                yield return (null, int.TryParse(path.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : 0);
                i = end + 1;
            }
            else
            {
                yield break;
            }
        }
    }
}
