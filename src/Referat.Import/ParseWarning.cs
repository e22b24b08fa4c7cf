namespace Referat.Import;

/// <summary>Something the parser noticed but could work around: a misprinted total, a repaired encoding.</summary>
public sealed record ParseWarning(string Source, int Line, string Message)
{
    public override string ToString() => $"{Source}:{Line}: {Message}";
}
