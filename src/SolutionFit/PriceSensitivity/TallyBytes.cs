using System.Buffers;
using System.Buffers.Binary;

namespace SolutionFit.PriceSensitivity;

/// <summary>
/// Writes the little-endian values of a tally's saved bytes (<see cref="PsmTally.ToBytes"/>,
/// <see cref="PsmBootstrapTally.ToBytes"/>); <see cref="TallyReader"/> reads them back.
/// </summary>
internal static class TallyBytes
{
    /// <summary>The error of bytes that are not a tally, in <paramref name="field"/> (the parameter is <c>FromBytes</c>'s).</summary>
    public static InvalidInputException Bad(string field, string detail, int? index = null, string paramName = "bytes") =>
        new(paramName, detail, index: index, field: field);

    public static void Write(ArrayBufferWriter<byte> writer, byte value)
    {
        writer.GetSpan(1)[0] = value;
        writer.Advance(1);
    }

    public static void Write(ArrayBufferWriter<byte> writer, int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(writer.GetSpan(sizeof(int)), value);
        writer.Advance(sizeof(int));
    }

    public static void Write(ArrayBufferWriter<byte> writer, long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(writer.GetSpan(sizeof(long)), value);
        writer.Advance(sizeof(long));
    }

    public static void Write(ArrayBufferWriter<byte> writer, ulong value)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(writer.GetSpan(sizeof(ulong)), value);
        writer.Advance(sizeof(ulong));
    }

    public static void Write(ArrayBufferWriter<byte> writer, double value)
    {
        BinaryPrimitives.WriteDoubleLittleEndian(writer.GetSpan(sizeof(double)), value);
        writer.Advance(sizeof(double));
    }
}
