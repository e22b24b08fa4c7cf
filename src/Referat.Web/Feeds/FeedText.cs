using Referat.Domain;
using Referat.Storage.Rows;

namespace Referat.Web.Feeds;

/// <summary>Text the calendars and feeds share.</summary>
public static class FeedText
{
    /// <summary>
    /// A meeting's agenda, one "number. title" line per current item, as the publication policy has it: a closed item
    /// by its title where titles are published, as "Lukket punkt" where they are withheld, and never more.
    /// </summary>
    public static string Agenda(MeetingRow meeting, PublicationPolicy policy) => string.Join('\n',
        meeting.AgendaItems.Where(i => !i.Deleted).OrderBy(i => i.Order).ThenBy(i => i.Id)
            .Select(i => $"{i.Number}. {policy.TitleOf(i.Name, !i.Public)}"));
}
