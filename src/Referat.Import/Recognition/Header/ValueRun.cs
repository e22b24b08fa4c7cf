using Referat.Domain;
using Referat.Import.Recognition.Labels;

namespace Referat.Import.Recognition.Header;

/// <summary>
/// Cuts a run of values printed after their labels into one value per label, where a table's columns were joined:
/// "Rådhuset, Mødesalen Gorm Gregersen Holm, …, Hanne Hvid Lund Ib Isaksen, Jens Juul Karen Krog" under
/// "Mødested: Deltagere: Fraværende: Referent:". Values are comma lists; one value ends and the next begins where
/// no comma stands and a known first name follows a word that is not one. The cut is trusted only when it gives
/// exactly one value per label.
/// </summary>
public static class ValueRun
{
    public static List<string>? Split(string run, IReadOnlyList<FieldRole> roles)
    {
        if (roles.Count < 2)
            return null;
        var words = run.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var values = new List<string>();
        var start = 0;
        for (var w = 1; w < words.Length; w++)
        {
            var previous = words[w - 1];
            if (previous.EndsWith(',') || !char.IsUpper(words[w][0]) || !FirstNames.IsKnown(words[w]) || FirstNames.IsKnown(previous))
                continue;
            values.Add(string.Join(' ', words[start..w]));
            start = w;
        }
        values.Add(string.Join(' ', words[start..]));
        return values.Count == roles.Count ? values : null;
    }
}
