using System.Runtime.InteropServices;

namespace Referat.Bench;

/// <summary>What the figures were measured on: they mean little without it on a shared machine.</summary>
public sealed record MachineInfo(int Processors, string Os, string Runtime, string? LoadAverage)
{
    public static MachineInfo Now() => new(Environment.ProcessorCount, RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription, LoadAverageNow());

    /// <summary>The 1, 5 and 15 minute load averages from /proc/loadavg, or null where there is none.</summary>
    public static string? LoadAverageNow()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
