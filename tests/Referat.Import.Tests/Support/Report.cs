using Xunit.Abstractions;

namespace Referat.Import.Tests.Support;

/// <summary>Writes a line both to the xunit output helper (shown with the test) and to the console.</summary>
public sealed class Report(ITestOutputHelper output)
{
    public void Line(string text)
    {
        output.WriteLine(text);
        Console.WriteLine(text);
    }
}
