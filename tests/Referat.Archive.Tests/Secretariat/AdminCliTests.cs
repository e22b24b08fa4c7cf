using Referat.Domain;
using Referat.Storage;
using Referat.Storage.Writing;

namespace Referat.Archive.Tests.Secretariat;

/// <summary><c>referat admin create-user</c> and <c>create-token</c> as an administrator bootstraps the secretariat.</summary>
public sealed class AdminCliTests : IDisposable
{
    private readonly TestArchive _archive = new();

    public AdminCliTests()
    {
        new MinutesImporter(_archive.Db).Import(new SourceFile("m.txt", "m"u8.ToArray(), "test"), new MinutesDocument
        {
            Meeting = new MeetingHeader { Committee = "Økonomiudvalget", Date = new DateOnly(2026, 11, 4), Participants = [new("Anna Holm", "A")] },
            Items = [new AgendaItem { Number = "1", Order = 1, Title = "Budget" }],
        });
    }

    [Fact]
    public void An_administrator_is_created_with_the_password_from_standard_input_and_gets_a_token()
    {
        var common = Cli.RunWithInput("Velkommen2025!", "admin", "create-user", "--email", "admin@kommune.dk", "--role", "administrator", "--db", _archive.DbArgument);
        Assert.Equal(1, common.ExitCode);
        Assert.Contains("for almindelig", common.Error);
        var created = Cli.RunWithInput("et-langt-kodeord-1", "admin", "create-user", "--email", "admin@kommune.dk", "--role", "administrator", "--db", _archive.DbArgument);
        Assert.True(created.ExitCode == 0, created.Error);
        Assert.Contains("Bruger oprettet: admin@kommune.dk (administrator)", created.Output);
        var again = Cli.RunWithInput("et-langt-kodeord-1", "admin", "create-user", "--email", "admin@kommune.dk", "--role", "administrator", "--db", _archive.DbArgument);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("findes allerede", again.Error);

        var token = Cli.Run("admin", "create-token", "--email", "admin@kommune.dk", "--db", _archive.DbArgument);
        Assert.True(token.ExitCode == 0, token.Error);
        Assert.StartsWith("rft_", token.Output.Trim());
        using var db = _archive.Open();
        Assert.Equal(Referat.Web.Api.ApiTokens.Hash(token.Output.Trim()), db.ApiTokens.Single().Sha256);
        Assert.Equal(["Bruger oprettet", "API-nøgle oprettet"], db.AuditEntries.OrderBy(a => a.Id).Select(a => a.Action));
        Assert.Null(Referat.Storage.Privacy.AuditChain.Verify(db).Break);
    }

    [Fact]
    public void A_member_is_tied_to_a_committee_and_a_person_and_bad_requests_are_refused()
    {
        var member = Cli.RunWithInput("et-langt-kodeord-2", "admin", "create-user", "--email", "anna@kommune.dk", "--role", "medlem",
            "--committee", "Økonomiudvalget", "--person", "Anna Holm", "--db", _archive.DbArgument);
        Assert.True(member.ExitCode == 0, member.Error);
        using (var db = _archive.Open())
            Assert.Equal(2, db.UserClaims.Count(c => c.ClaimType == "referat:udvalg" || c.ClaimType == "referat:person"));

        Assert.Equal(2, Cli.RunWithInput("et-langt-kodeord-3", "admin", "create-user", "--email", "x@kommune.dk", "--role", "borgmester", "--db", _archive.DbArgument).ExitCode);
        Assert.Equal(2, Cli.RunWithInput("", "admin", "create-user", "--email", "x@kommune.dk", "--role", "medlem", "--db", _archive.DbArgument).ExitCode);
        var noCommittee = Cli.RunWithInput("et-langt-kodeord-3", "admin", "create-user", "--email", "x@kommune.dk", "--role", "sekretær", "--db", _archive.DbArgument);
        Assert.Equal(1, noCommittee.ExitCode);
        Assert.Contains("mindst ét udvalg", noCommittee.Error);
        var shortPassword = Cli.RunWithInput("kort1", "admin", "create-user", "--email", "y@kommune.dk", "--role", "administrator", "--db", _archive.DbArgument);
        Assert.Equal(1, shortPassword.ExitCode);
        Assert.Contains("mindst 10 tegn", shortPassword.Error);
    }

    public void Dispose() => _archive.Dispose();
}
