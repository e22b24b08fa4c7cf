namespace Referat.Web;

/// <summary>How the web host is set up: the archive, the addresses, the open-data licence and the API's limits.</summary>
public sealed record WebOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The archive as for <c>--db</c>: a SQLite path, <c>Data Source=…</c> or <c>Host=…</c>; null means
    /// <c>$REFERAT_DB</c>, else <c>.referat/archive.db</c>.</summary>
    public string? Db { get; init; }

    /// <summary>The addresses Kestrel listens on, separated by ';'. Port 0 picks a free port.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The licence of the published data (OParl <c>license</c>): CC0 1.0 unless configured.</summary>
    public string License { get; init; } = "https://creativecommons.org/publicdomain/zero/1.0/";

    /// <summary>The name of the system (OParl System.name).</summary>
    public string SystemName { get; init; } = "Referat – dagsordener og referater";

    /// <summary>A contact e-mail for the open data (OParl System.contactEmail), when one is configured.</summary>
    public string? ContactEmail { get; init; }

    /// <summary>Honour X-Forwarded-For/-Proto/-Host from a reverse proxy on the loopback interface.</summary>
    public bool UseForwardedHeaders { get; init; }

    /// <summary>List pages: the number of objects when the client gives no <c>limit</c>, and the most it may ask for.</summary>
    public int DefaultPageSize { get; init; } = 100;
    public int MaxPageSize { get; init; } = 1000;

    /// <summary>
    /// How long a meeting's version stamp (which keys its cached page) and the body's publication policy are trusted
    /// before the archive is asked again: a corrected import or a changed policy shows within this time. Zero asks on
    /// every request.
    /// </summary>
    public TimeSpan MeetingVersionCheckInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long the Økonomi pages may show the money as read before the last imports (never across a change of what is redacted).</summary>
    public TimeSpan MoneyOverviewRefresh { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Sign-in attempts one client address may make per minute (then 429).</summary>
    public int SignInAttemptsPerMinute { get; init; } = 20;

    /// <summary>Requests to the secretariat's API per token (or address) per minute.</summary>
    public int ApiRequestsPerMinute { get; init; } = 300;

    /// <summary>The environment name (Development shows no more detail either: errors never carry stack traces).</summary>
    public string? Environment { get; init; }
}
