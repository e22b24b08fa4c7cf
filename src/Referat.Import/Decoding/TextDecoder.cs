using System.Text;

namespace Referat.Import.Decoding;

/// <summary>
/// Turns the bytes of a text document into a string: a byte order mark wins; otherwise UTF-16 is recognised by
/// its zero bytes, valid UTF-8 is taken as UTF-8, and anything else is read as Windows-1252, the legacy
/// encoding of Danish office documents.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Encoding Windows1252 { get; } = LoadWindows1252();

    private static Encoding LoadWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return new(Encoding.UTF8.GetString(bytes[3..]), "utf-8-bom");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return new(Encoding.Unicode.GetString(bytes[2..]), "utf-16le-bom");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be-bom");

        var utf16 = GuessUtf16(bytes);
        if (utf16 is not null)
            return new(utf16.GetString(bytes), utf16 == Encoding.Unicode ? "utf-16le" : "utf-16be");

        try
        {
            return new(StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            return new(Windows1252.GetString(bytes), "windows-1252");
        }
    }

    /// <summary>Text in UTF-16 without a BOM has a zero byte in every other position for Latin script.</summary>
    private static Encoding? GuessUtf16(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 4)
            return null;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenZeros++;
            if (sample[i + 1] == 0) oddZeros++;
        }
        var pairs = sample.Length / 2;
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return Encoding.Unicode;
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return Encoding.BigEndianUnicode;
        return null;
    }

    /// <summary>True when the bytes look like a binary file rather than text in any of the encodings above.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes, string decoded)
    {
        var sample = decoded.AsSpan(0, Math.Min(decoded.Length, 8192));
        var control = 0;
        foreach (var c in sample)
            if (c == '\0' || (char.IsControl(c) && c is not '\n' and not '\r' and not '\t' and not '\f'))
                control++;
        return sample.Length > 0 && control > sample.Length * 0.02;
    }
}

public sealed record DecodedText(string Text, string Encoding);
