namespace Referat.Storage.Upgrades;

/// <summary>The ClosedItemTitles migration's data step: the closed-item marker leaves the stored title. Plain SQL for both providers.</summary>
internal static class ClosedItemTitlesData
{
    public const string Up = """UPDATE "agenda_item" SET "Name" = substr("Name", 15) WHERE NOT "Public" AND "Name" LIKE 'Lukket punkt: %'""";

    public const string Down = """UPDATE "agenda_item" SET "Name" = 'Lukket punkt: ' || "Name" WHERE NOT "Public" AND "Name" NOT LIKE 'Lukket punkt%'""";
}
