namespace Sitrep.Events;

/// <summary>A normalised actor: display name, ISO country, ACLED interaction code (1-8) and CAMEO code.</summary>
public sealed record Actor(string Name, string? Country, int? Inter, string? Code)
{
    public bool IsState => Inter == 1;
}
