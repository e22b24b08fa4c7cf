using Referat.Domain;

namespace Referat.Publishing;

public static class MinutesPdfRenderer
{
    public static byte[] Render(MinutesDocument minutes) => throw new NotImplementedException();
}
