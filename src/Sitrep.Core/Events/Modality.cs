namespace Sitrep.Events;

/// <summary>Whether an event happened, was threatened, claimed, denied, imagined, or is background history.</summary>
public enum Modality : byte { Actual, Threat, Claim, Denied, Hypothetical, Historical }
