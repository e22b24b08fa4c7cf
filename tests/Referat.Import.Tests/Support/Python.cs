using System.Diagnostics;
using Xunit;

namespace Referat.Import.Tests.Support;

/// <summary>Runs the reference scorers (shared/gold/score.py, shared/corpus/score.py) with python3.</summary>
public static class Python
{
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator)
        .Select(dir => System.IO.Path.Combine(dir, "python3"))
        .FirstOrDefault(File.Exists);

    public static (int Exit, string Stdout, string Stderr) Run(string python, IEnumerable<string> arguments, TimeSpan limit)
    {
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{string.Join(' ', arguments.Take(1))} did not finish within {limit.TotalSeconds} s");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
