using System.Collections.Immutable;
using Sitrep.Text;

namespace Sitrep.Events;

/// <summary>One report of an event inside a document: a trigger with the arguments found around it.</summary>
public sealed record EventMention
{
    public required TextSpan Trigger { get; init; }
    public required int TriggerToken { get; init; }
    public required int SentenceIndex { get; init; }
    public required EventType Type { get; init; }
    /// <summary>True for nouns ("strike", "air strikes"), false for verbs ("struck").</summary>
    public bool Nominal { get; init; }
    public int TriggerLength { get; init; } = 1;
    public Sitrep.Lexicons.TriggerFlags Flags { get; init; }
    public bool Plural { get; init; }
    public Modality Modality { get; init; } = Modality.Actual;
    /// <summary>Why this mention makes no event of its own (generic, negated, anaphoric…); null when it does.</summary>
    public string? Suppressed { get; init; }
    /// <summary>True when the mention refers back to an earlier one ("the drone", "such strikes").</summary>
    public bool Anaphoric { get; init; }
    /// <summary>A definite noun ("the blast", "the attack"): joins an earlier compatible event when there is one.</summary>
    public bool Definite { get; init; }
    /// <summary>
    /// Told only as context for the story's news — an act of an earlier day than its lead's, "the last attack on the shrine":
    /// the story mentions it, it does not report it.
    /// </summary>
    public bool Context { get; init; }
    public bool InHeading { get; init; }
    public ActorMention? Actor1 { get; init; }
    public ActorMention? Actor2 { get; init; }
    /// <summary>What was hit when it is a weapon rather than an actor ("strike the drone").</summary>
    public WeaponMention? TargetWeapon { get; init; }
    public PlaceMention? Place { get; init; }
    public DateMention? Date { get; init; }
    public WeaponMention? Weapon { get; init; }
    public CasualtyMention? Killed { get; init; }
    public CasualtyMention? Injured { get; init; }
    public ImmutableArray<SourceMention> Sources { get; init; } = [];
}
