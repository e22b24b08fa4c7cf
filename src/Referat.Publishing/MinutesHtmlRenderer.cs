using Referat.Domain;

namespace Referat.Publishing;

public static class MinutesHtmlRenderer
{
    public static string Render(MinutesDocument minutes) => throw new NotImplementedException();
}
