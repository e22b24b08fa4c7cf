namespace Referat.Storage.Upgrades;

/// <summary>
/// The ProcessModel migration's data conversion: an archive built by the previous version in its new shape (enums by
/// name, lists as JSON, names as printed beside the persons, the meeting's own decisions marked). One list for both
/// providers' migrations.
/// </summary>
internal static class ProcessModelData
{
    /// <summary>Plain SQL that SQLite and PostgreSQL both run.</summary>
    public static readonly string[] Statements =
    [
        """UPDATE "body" SET "ClosedItemTitles" = 'Published'""",
        """UPDATE "membership" SET "Role" = CASE "Role" WHEN 'stedfortræder' THEN 'Substitute' WHEN 'formand' THEN 'Chair' WHEN 'næstformand' THEN 'ViceChair' ELSE 'Member' END""",
        """UPDATE "meeting" SET "State" = CASE WHEN "Cancelled" THEN 'Cancelled' ELSE 'MinutesPublished' END""",
        """UPDATE "meeting" SET "Committee" = CASE WHEN length("Name") > 11 THEN substr("Name", 1, length("Name") - 11) ELSE "Name" END""",
        """UPDATE "meeting" SET "LocationText" = (SELECT l."Description" FROM "location" l WHERE l."Id" = "meeting"."LocationId")""",
        """UPDATE "meeting_participant" SET "Name" = (SELECT p."Name" FROM "person" p WHERE p."Id" = "meeting_participant"."PersonId")""",
        """UPDATE "absence" SET "Order" = "Id", "Name" = (SELECT p."Name" FROM "person" p WHERE p."Id" = "absence"."PersonId"), "Party" = (SELECT p."Party" FROM "person" p WHERE p."Id" = "absence"."PersonId"), "SubstituteName" = (SELECT p."Name" FROM "person" p WHERE p."Id" = "absence"."SubstituteId"), "SubstituteParty" = (SELECT p."Party" FROM "person" p WHERE p."Id" = "absence"."SubstituteId")""",
        """UPDATE "vote" SET "Order" = "Id", "Name" = (SELECT p."Name" FROM "person" p WHERE p."Id" = "vote"."PersonId"), "MemberParty" = CASE WHEN "PersonId" IS NULL THEN NULL ELSE "Party" END""",
        """UPDATE "agenda_item" SET "Types" = CASE WHEN "Types" IS NULL OR "Types" = '' THEN '[]' ELSE '["' || replace(replace(replace("Types", '\', '\\'), '"', '\"'), '; ', '","') || '"]' END""",
        """UPDATE "decision" SET "Points" = CASE WHEN "Points" IS NULL OR "Points" = '' THEN '[]' ELSE '[' || "Points" || ']' END""",
        """UPDATE "decision" SET "IsOwn" = CASE WHEN ("OrganizationId" IS NULL OR "OrganizationId" = (SELECT m."OrganizationId" FROM "agenda_item" i JOIN "meeting" m ON m."Id" = i."MeetingId" WHERE i."Id" = "decision"."AgendaItemId")) AND ("Date" IS NULL OR "Date" = (SELECT m."Date" FROM "agenda_item" i JOIN "meeting" m ON m."Id" = i."MeetingId" WHERE i."Id" = "decision"."AgendaItemId")) THEN TRUE ELSE FALSE END""",
        """UPDATE "consultation" SET "Role" = CASE "Role" WHEN 'recommend' THEN 'Recommends' WHEN 'decide' THEN 'Decides' WHEN 'inform' THEN 'IsInformed' ELSE 'Unspecified' END""",
        """UPDATE "resolution_review" SET "Kind" = CASE "Kind" WHEN 'person' THEN 'Person' ELSE 'Organization' END""",
        """UPDATE "meeting_version" SET "TableOfContents" = '[]', "AttachmentsPart" = '[]'""",
        """UPDATE "item_section" SET "Blocks" = '[]'""",
    ];
}
