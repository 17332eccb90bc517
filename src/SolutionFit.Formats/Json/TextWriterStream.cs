using System.Text;

namespace SolutionFit.Formats.Json;

/// <summary>
/// A write-only stream of UTF-8 that forwards text to a <see cref="TextWriter"/> as it is written, so that the serializer
/// streams to the command's output (a console or, in tests, a string writer). Disposing it leaves the writer open.
/// </summary>
internal sealed class TextWriterStream(TextWriter writer) : Stream
{
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();

    private readonly char[] _chars = new char[4096];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        do
        {
            _decoder.Convert(buffer, _chars, flush: false, out var bytesUsed, out var charsUsed, out _);
            writer.Write(_chars.AsSpan(0, charsUsed));
            buffer = buffer[bytesUsed..];
        }
        while (!buffer.IsEmpty);
    }

    public override void Flush() => writer.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
