namespace Referat.Domain;

/// <summary>The kinds of personal data Referat looks for in what it would publish.</summary>
public enum PersonalDataKind
{
    /// <summary>A CPR number (personnummer).</summary>
    Cpr,

    /// <summary>A private person's e-mail address.</summary>
    Email,

    /// <summary>A private person's phone number.</summary>
    Phone,

    /// <summary>A street address beside a private person's name.</summary>
    Address,

    /// <summary>A sentence holding one of the configured sensitive terms (health, social or criminal matters).</summary>
    SensitiveTerm,
}

/// <summary>What a secretary decided about a finding; until then it is <see cref="Unresolved"/> and redacted.</summary>
public enum FindingStatus
{
    Unresolved,

    /// <summary>Marked safe to publish: the value is shown.</summary>
    Safe,

    /// <summary>The redaction is confirmed: the value is never published.</summary>
    Redacted,
}

/// <summary>
/// One piece of personal data found in a published text: where (<see cref="Location"/>, in Danish: "Punkt 3 ·
/// Beslutning"), what kind, the value exactly as printed, why it was taken for personal data, and a little of the text
/// around it for the reviewer.
/// </summary>
public sealed record PersonalDataFinding(PersonalDataKind Kind, string Value, string Location, string Reason, string Context);

/// <summary>A text Referat would publish, with where it stands in the minutes.</summary>
public sealed record PublishedText(string Location, string Text);

public static class PersonalDataNames
{
    /// <summary>"CPR-nummer", "E-mailadresse" …</summary>
    public static string DanishName(this PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Cpr => "CPR-nummer",
        PersonalDataKind.Email => "E-mailadresse",
        PersonalDataKind.Phone => "Telefonnummer",
        PersonalDataKind.Address => "Navn og adresse",
        _ => "Følsomme oplysninger",
    };

    /// <summary>What the public sees in the value's place.</summary>
    public static string Placeholder(this PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Cpr => "[CPR-nummer skjult]",
        PersonalDataKind.Email => "[e-mailadresse skjult]",
        PersonalDataKind.Phone => "[telefonnummer skjult]",
        PersonalDataKind.Address => "[navn og adresse skjult]",
        _ => "[tekst skjult: følsomme oplysninger]",
    };

    public static string DanishName(this FindingStatus status) => status switch
    {
        FindingStatus.Unresolved => "Afventer gennemgang",
        FindingStatus.Safe => "Godkendt til offentliggørelse",
        _ => "Skjult",
    };
}
