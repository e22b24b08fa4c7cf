namespace Referat.Domain;

/// <summary>The municipality (Kommune, OParl Body) whose bodies meet, with its publication policy.</summary>
public sealed record Body(long Id, string Name, string? ShortName, PublicationPolicy Publication);
