using Microsoft.EntityFrameworkCore;
using Referat.Archive.Importing;
using Referat.Domain;
using Referat.Publishing;
using Referat.Storage;
using Referat.Storage.Writing;

namespace Referat.Web.Tests;

/// <summary>
/// Minutes of an individual case with a citizen's personal data in a section, a decision, an attachment's title, its
/// file name and its file: CPR numbers (three written forms), private e-mail addresses, phone numbers, a name with a
/// street address and a sentence about a diagnosis. A member's own contact details are there too, and stay public.
/// </summary>
public static class PrivateData
{
    public const string Cpr = "121085-2417";
    public const string CprCompact = "1210852417";
    public const string CprInFile = "03.04.72-1198";
    public const string Email = "lise.kragh77@gmail.com";
    public const string EmailInDecision = "bo.hemmingsen@hotmail.dk";
    public const string Phone = "28 64 91 37";
    public const string PhoneInDecision = "+45 61 23 48 95";
    public const string Address = "Lise Kragh, Skovagervej 14, 8472 Lyngrup";
    public const string Diagnosis = "Borgeren er i 2024 diagnosticeret med en kronisk lidelse.";

    /// <summary>A member's details, printed as part of the office: never redacted.</summary>
    public const string MemberPhone = "40 12 34 56";
    public const string MemberName = "Ida Iversen";

    public static readonly DateOnly Date = new(2025, 11, 4);
    public const string AttachmentTitle = "Ansøgning fra borgeren " + Cpr;
    public const string FileName = "ansoegning-" + CprCompact + ".pdf";

    /// <summary>Every value that must never leave the server, as printed.</summary>
    public static IReadOnlyList<string> Values { get; } = [Cpr, CprCompact, CprInFile, Email, EmailInDecision, Phone, PhoneInDecision, Address, Diagnosis];

    public static MinutesDocument Minutes { get; } = new()
    {
        Meeting = new MeetingHeader
        {
            Committee = "Social- og Sundhedsudvalget", Date = Date, Start = new TimeOnly(16, 0), Location = "Rådhuset",
            Participants = [new PartyMember(MemberName, "A"), new PartyMember("Jens Juul", "V")],
        },
        Items =
        [
            new AgendaItem
            {
                Number = "1", Order = 1, Title = "Ansøgning om hjælpemiddel", Types = ["Beslutning"],
                Sections =
                [
                    new Section("Sagsfremstilling", SectionKind.CaseDescription,
                    [
                        new Paragraph($"Ansøgningen kommer fra {Address}, CPR-nr. {Cpr}. {Diagnosis} Borgeren kan kontaktes på {Email} eller tlf. {Phone}."),
                        new Paragraph($"Udvalgets formand {MemberName} kan kontaktes på tlf. {MemberPhone}."),
                    ]),
                ],
                Decisions =
                [
                    new Decision
                    {
                        Body = "Social- og Sundhedsudvalget", Date = Date, Outcome = DecisionOutcome.Approved,
                        Text = $"Godkendt. Afgørelsen sendes til borgeren ({CprCompact}) og til pårørende på {EmailInDecision}, mobil {PhoneInDecision}.",
                    },
                ],
                Attachments = [new Attachment(AttachmentTitle)],
            },
        ],
    };

    /// <summary>The attachment's file: a PDF whose text holds a CPR number printed nowhere else.</summary>
    public static byte[] AttachmentPdf { get; } = MinutesPdfRenderer.Render(new MinutesDocument
    {
        Meeting = new MeetingHeader { Committee = "Ansøgning", Date = Date },
        Items = [new AgendaItem { Number = "1", Order = 1, Title = "Ansøger", Sections = [new Section("Oplysninger", SectionKind.Other, [new Paragraph($"Ægtefælle: CPR-nr. {CprInFile}")])] }],
    });

    /// <summary>Imports the minutes the way every import goes (scanned in its transaction), then gives the attachment its file and scans again.</summary>
    public static void Import(ArchiveContext db)
    {
        var import = new ImportService(db);
        var outcome = import.ImportMinutes(new SourceFile("privat.txt", "privat"u8.ToArray(), "test"), Minutes);
        var file = db.Files.AsTracking().Single(f => f.AgendaItem.MeetingId == outcome.MeetingId);
        (file.Data, file.FileName, file.MimeType) = (AttachmentPdf, FileName, "application/pdf");
        db.SaveChanges();
        using var transaction = db.Database.BeginTransaction();
        import.Review.Scan(outcome.MeetingId);
        transaction.Commit();
    }
}
