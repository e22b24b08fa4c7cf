namespace Referat.Domain;

/// <summary>
/// The people whose names, addresses and contact details the minutes publish as part of their office: members,
/// substitutes and the administration's staff, as the archive knows them. Their details stay public.
/// </summary>
public sealed class PublicFigures
{
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public PublicFigures(IEnumerable<string> names)
    {
        foreach (var name in names)
            Add(name);
    }

    public static PublicFigures None { get; } = new([]);

    public int Count => _names.Count;

    public void Add(string name)
    {
        var key = Names.Normalise(name);
        // one word is not a person ("Formanden"): only full names count
        if (key.Contains(' ', StringComparison.Ordinal))
            _names.Add(key);
    }

    public bool IsKnown(string name) => _names.Contains(Names.Normalise(name));

    /// <summary>The first public figure named in the text, or null.</summary>
    public string? NamedIn(string text)
    {
        var normalised = Names.Normalise(text);
        foreach (var name in _names)
        {
            var at = normalised.IndexOf(name, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || !char.IsLetter(normalised[at - 1]))
                && (at + name.Length == normalised.Length || !char.IsLetter(normalised[at + name.Length])))
                return name;
        }
        return null;
    }

    /// <summary>Whether an e-mail address's local part spells a public figure's name ("anna.holm", "anna_holm").</summary>
    public bool OwnsMailbox(string localPart)
    {
        var spelled = string.Join(' ', localPart.ToLowerInvariant().Split(['.', '_', '-'], StringSplitOptions.RemoveEmptyEntries));
        return spelled.Contains(' ', StringComparison.Ordinal) && _names.Contains(spelled);
    }
}
