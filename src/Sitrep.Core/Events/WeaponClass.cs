namespace Sitrep.Events;

/// <summary>Weapon families that decide ACLED sub-event types.</summary>
public enum WeaponClass : byte { Other, Drone, Aircraft, Missile, Rocket, Artillery, Mortar, Explosive, Ied, Suicide, Firearm, Chemical, Naval, Armour, Grenade }
