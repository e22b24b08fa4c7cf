namespace Referat.Domain;

/// <summary>
/// Who may do what in the secretariat. An administrator configures the body and manages accounts; a secretary
/// prepares, holds and publishes the meetings of the committees given to them; a member (a politician) reads the
/// unpublished agendas of their committees and signs the minutes. The public needs no account.
/// </summary>
public enum AccountRole
{
    Administrator,
    Secretary,
    Member,
}
