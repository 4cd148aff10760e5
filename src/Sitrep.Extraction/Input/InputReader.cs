using System.Text;
using Sitrep.Errors;

namespace Sitrep.Extraction.Input;

/// <summary>Reads an input file as UTF-8 text, rejecting missing, empty, binary and non-UTF-8 files with a clear error.</summary>
public static class InputReader
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadText(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SitrepException(ErrorCode.InputNotFound, $"{path}: no such file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SitrepException(ErrorCode.InputNotFound, $"{path}: cannot be read ({e.Message})");
        }
        return Decode(path, bytes);
    }

    public static string Decode(string name, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) bytes = bytes[3..];
        if (bytes.IndexOf((byte)0) >= 0) throw new SitrepException(ErrorCode.BinaryInput, $"{name}: binary file (contains NUL bytes), not text");
        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new SitrepException(ErrorCode.InvalidEncoding, $"{name}: not valid UTF-8 (bad byte at offset {e.Index})");
        }
        int control = 0;
        foreach (var c in text) if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) control++;
        if (text.Length > 0 && control > text.Length / 10) throw new SitrepException(ErrorCode.BinaryInput, $"{name}: binary file ({control} control characters), not text");
        if (string.IsNullOrWhiteSpace(text)) throw new SitrepException(ErrorCode.EmptyInput, $"{name}: empty file, no text to extract from");
        return text;
    }
}
