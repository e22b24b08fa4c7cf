using System.CommandLine;
using Referat.Storage.Privacy;

namespace Referat.Cli.Commands;

/// <summary>
/// <c>referat audit verify [--db …]</c>: walks the secretariat's audit log, a hash chain, and reports the first entry
/// that was changed, removed or inserted afterwards (exit code 1), or that the chain holds (0).
/// </summary>
public static class AuditCommand
{
    public static Command Create()
    {
        var db = ArchiveOption.Create();
        var verify = new Command("verify", "Check the audit log's hash chain") { db };
        verify.SetAction(result =>
        {
            using var context = ArchiveOption.Open(result.GetValue(db));
            if (context is null)
                return 1;
            var (count, broken) = AuditChain.Verify(context);
            if (broken is null)
            {
                Console.WriteLine($"Ændringsloggen er hel: {count} poster, hver kædet til den forrige.");
                return 0;
            }
            Console.WriteLine($"Ændringsloggen er brudt ved post {broken.EntryId} (nr. {count} i rækken): {broken.Problem}.");
            return 1;
        });
        var command = new Command("audit", "The secretariat's audit log") { verify };
        return command;
    }
}
