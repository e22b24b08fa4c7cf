using Referat.Domain;

namespace Referat.Publishing;

public static class MinutesTextRenderer
{
    public static string Render(MinutesDocument minutes) => throw new NotImplementedException();
}
