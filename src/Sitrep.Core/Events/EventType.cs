namespace Sitrep.Events;

/// <summary>An ACLED event type and sub-event type with the PLOVER category beside it.</summary>
public sealed record EventType(string Type, string SubType, string Plover)
{
    public const string Battles = "Battles";
    public const string Explosions = "Explosions/Remote violence";
    public const string ViolenceAgainstCivilians = "Violence against civilians";
    public const string Protests = "Protests";
    public const string Riots = "Riots";
    public const string StrategicDevelopments = "Strategic developments";
    /// <summary>Recognised so it is not coded as an attack (disasters, diplomacy, crime, claims); never an event.</summary>
    public const string NotPoliticalViolence = "Not political violence";

    public bool IsPoliticalViolenceOrDemonstration => Type != NotPoliticalViolence;
}
