using Referat.Domain;

namespace Referat.Archive.Secretariat;

/// <summary>
/// Who does a change: the signed-in account, its role, the committees (organization ids) it works for and, for a
/// member, the person it signs as. An administrator works for every committee.
/// </summary>
public sealed record Actor(long UserId, string UserName, AccountRole Role, IReadOnlySet<long> Committees, long? PersonId = null, string? DisplayName = null)
{
    public bool WorksFor(long organizationId) => Role == AccountRole.Administrator || Committees.Contains(organizationId);

    /// <summary>Refuses a change of a committee's meetings unless the actor prepares them (administrator or its secretary).</summary>
    public void RequireSecretaryOf(long organizationId)
    {
        if (Role == AccountRole.Member || !WorksFor(organizationId))
            throw new SecretariatException("Du er ikke sekretær for dette udvalg.");
    }

    public void RequireAdministrator()
    {
        if (Role != AccountRole.Administrator)
            throw new SecretariatException("Kun en administrator kan dette.");
    }
}
