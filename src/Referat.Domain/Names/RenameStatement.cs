namespace Referat.Domain;

/// <summary>
/// A statement in the minutes that two committee names are one committee: <see cref="OldName"/> became (or is also)
/// <see cref="NewName"/>. <see cref="Rule"/> names the wording it was read from; <see cref="Confidence"/> is 0–1;
/// <see cref="Place"/> says where in the minutes it stands ("punkt 3, Sagsfremstilling").
/// </summary>
public sealed record RenameStatement(string OldName, string NewName, string Rule, string Sentence, double Confidence)
{
    public string? Place { get; init; }
}
