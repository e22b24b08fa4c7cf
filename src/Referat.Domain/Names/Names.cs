using System.Text;

namespace Referat.Domain;

/// <summary>Name keys for exact matching: Unicode NFC, whitespace collapsed, case folded.</summary>
public static class Names
{
    public static string Normalise(string name)
    {
        var collapsed = string.Join(' ', name.Normalize(NormalizationForm.FormC)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.ToLowerInvariant();
    }

    /// <summary>The name as shown: NFC with whitespace collapsed.</summary>
    public static string Clean(string name) =>
        string.Join(' ', name.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
