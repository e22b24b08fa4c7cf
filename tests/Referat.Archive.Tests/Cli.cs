using System.Diagnostics;
using System.Text;

namespace Referat.Archive.Tests;

/// <summary>The real <c>referat</c> command as a child process: the built referat.dll beside the test assembly.</summary>
public static class Cli
{
    /// <summary>referat.dll, copied beside the tests by the project reference to Referat.Cli.</summary>
    public static string Dll { get; } = Find();

    public sealed record Result(int ExitCode, string Output, string Error);

    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Dll);
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        info.Environment.Remove("REFERAT_DB");
        info.Environment["DOTNET_NOLOGO"] = "1";
        return info;
    }

    public static Result Run(params string[] args) => RunWithInput(null, args);

    /// <summary>Runs the CLI with <paramref name="input"/> on its standard input (a password, say).</summary>
    public static Result RunWithInput(string? input, params string[] args)
    {
        var info = StartInfo(args);
        info.RedirectStandardInput = input is not null;
        using var process = Process.Start(info)!;
        if (input is not null)
        {
            process.StandardInput.WriteLine(input);
            process.StandardInput.Close();
        }
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"referat {string.Join(' ', args)} did not finish in 3 minutes");
        }
        return new Result(process.ExitCode, output.Result, error.Result);
    }

    private static string Find()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "referat.dll");
        if (File.Exists(beside) && File.Exists(Path.Combine(AppContext.BaseDirectory, "referat.runtimeconfig.json")))
            return beside;
        throw new FileNotFoundException(
            $"referat.dll (with referat.runtimeconfig.json) is not beside the tests in {AppContext.BaseDirectory}: " +
            "the test project references src/Referat.Cli, so building the tests builds it");
    }
}
