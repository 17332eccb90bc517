using System.Globalization;

namespace SolutionFit;

/// <summary>
/// Invalid input data: a value out of range, a blank or duplicate id, a missing item, columns of different lengths. Besides the
/// message it says where the problem is, so that a caller can point at the offending row, item or field without reading
/// the message.
/// </summary>
/// <remarks>
/// <see cref="ArgumentException.ParamName"/> names the argument that holds the problem (for example <c>goals</c>,
/// <c>cheap</c> or <c>values</c>); <see cref="Index"/>, <see cref="ItemId"/> and <see cref="Field"/> narrow it down within
/// that argument. Null arguments still raise <see cref="ArgumentNullException"/>, and undefined enum options or counts
/// below their minimum <see cref="ArgumentOutOfRangeException"/>, as the BCL's guards do. The message is always one line
/// with user text escaped and bounded (see <see cref="Detail"/>). Like every exception, not meant to be shared across
/// threads while being thrown; its properties never change after construction.
/// </remarks>
public sealed class InvalidInputException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="paramName">The argument that holds the problem.</param>
    /// <param name="detail">What is wrong, as one sentence (the location properties are appended by <see cref="Message"/>).</param>
    /// <param name="index">The 0-based position of the offending item within the argument, if the argument is a sequence.</param>
    /// <param name="itemId">The id or name of the offending item, if it has one.</param>
    /// <param name="field">The field, column or key within the item that is wrong, if the problem is not the whole item.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public InvalidInputException(string? paramName, string detail, int? index = null, string? itemId = null, string? field = null, Exception? innerException = null)
        : base(detail, paramName, innerException)
    {
        Detail = Guard.OneLine(detail, itemId, field);
        Index = index;
        ItemId = itemId;
        Field = field;
    }

    /// <summary>
    /// Gets what is wrong, as one sentence, without the location suffix that <see cref="Message"/> appends: what a caller
    /// shows after its own location (a file line, a JSON path). It may name the item (a goal's id, a deal's id) as a reader
    /// would.
    /// </summary>
    /// <remarks>
    /// Always one line: control and format characters (line breaks, tabs, NUL, bidirectional controls such as U+202E) are
    /// written as escapes (<c>\n</c>, <c>\r</c>, <c>\t</c>, <c>\u202E</c>), and an <see cref="ItemId"/> or <see cref="Field"/>
    /// quoted in it longer than 64 characters is cut to its first 64 followed by <c>…</c>. <see cref="ItemId"/> and
    /// <see cref="Field"/> themselves keep the caller's text unchanged.
    /// </remarks>
    public string Detail { get; }

    /// <summary>
    /// Gets the <see cref="Detail"/> followed by the location, for logs:
    /// <c>Detail (Parameter 'p', index 3, item 'id', field 'f')</c>, naming only what is known.
    /// </summary>
    public override string Message
    {
        get
        {
            var location = string.Join(
                ", ",
                new[]
                {
                    ParamName is { } p ? $"Parameter '{p}'" : null,
                    Index is { } i ? string.Create(CultureInfo.InvariantCulture, $"index {i}") : null,
                    ItemId is { } id ? $"item '{Guard.Quote(id)}'" : null,
                    Field is { } f ? $"field '{Guard.Quote(f)}'" : null,
                }.OfType<string>());
            return location.Length == 0 ? Detail : $"{Detail} ({location})";
        }
    }

    /// <summary>
    /// Gets the 0-based position of the offending item within the argument named by <see cref="ArgumentException.ParamName"/>
    /// (a survey row, an answer, a goal of a profile, a row of a matrix), or null when the argument is not a sequence.
    /// </summary>
    public int? Index { get; }

    /// <summary>
    /// Gets the id or name of the offending item (a goal, solution, customer, deal, respondent, alternative, label or
    /// group), or null when the item has none.
    /// </summary>
    public string? ItemId { get; }

    /// <summary>
    /// Gets the field, column or key within the item that is wrong (for example a survey's column such as <c>cheap</c> or
    /// <c>weights</c>, a criterion's name, or the goal id of an achievement), or null when the whole item is wrong or a
    /// scalar parameter is.
    /// </summary>
    public string? Field { get; }
}
