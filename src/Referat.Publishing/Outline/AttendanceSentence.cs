using Referat.Domain;

namespace Referat.Publishing.Outline;

/// <summary>Writes an absence as the minutes state it: "X (P) var fraværende under punktet. I stedet deltog Y (Q)."</summary>
public static class AttendanceSentence
{
    public static string Write(Absence absence)
    {
        var note = string.IsNullOrWhiteSpace(absence.Note) ? "" : " " + ItemLabels.Clean(absence.Note).TrimEnd('.');
        var sentence = $"{absence.Member} var fraværende{note}.";
        return absence.Substitute is null ? sentence : $"{sentence} I stedet deltog {absence.Substitute}.";
    }
}
