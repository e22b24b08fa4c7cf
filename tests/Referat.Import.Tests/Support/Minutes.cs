using System.Text;

namespace Referat.Import.Tests.Support;

/// <summary>Small helpers to run a document through the reader.</summary>
public static class Minutes
{
    public static ParseResult Read(string text, string name = "synthetic.txt") =>
        new DocumentReader().Read(name, Encoding.UTF8.GetBytes(text));

    public static ParseResult Read(byte[] bytes, string name = "synthetic.txt") => new DocumentReader().Read(name, bytes);

    /// <summary>Joins lines with "\n" (the tests write documents as line arrays to keep the layout visible).</summary>
    public static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    /// <summary>Runs an action and fails (instead of hanging) when it takes longer than the limit.</summary>
    public static T WithTimeout<T>(TimeSpan limit, Func<T> action, string what)
    {
        var task = Task.Run(action);
        try
        {
            if (!task.Wait(limit))
                Assert.Fail($"{what} did not finish within {limit.TotalSeconds:0} s (hang?)");
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return task.Result;
    }
}
