using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Events;
using Sitrep.Lexicons;
using Sitrep.Pipeline;
using Sitrep.Places;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Coreference and coding: mentions of one incident (the lead, a caption repeating it, "the drone" later) become one
/// event with several evidence spans; headings and captions only corroborate, never create. Each event gets its final
/// ACLED sub-type from the weapon and target, the most precise date and place, and the most conservative fatality count.
/// </summary>
public sealed class EventAssemblyStage : IPipelineStage
{
    public string Name => "assemble";
    public Annotations Requires => Annotations.Modality | Annotations.Geocoded | Annotations.ResolvedDates;
    public Annotations Provides => Annotations.Events;

    private sealed class Group
    {
        public readonly List<(EventMention M, EventType Type, bool Specific)> Mentions = [];
        public Modality Modality;
        public string Type = "";
        public DateValue? Date;
        public Actor? Actor1, Actor2;
        public Place? Place;
        /// <summary>The name the place was read from when no report of the event names it ("there" → the last act's place).</summary>
        public Sitrep.Text.TextSpan? PlaceEvidence;
        public IEnumerable<int> Sentences => Mentions.Select(x => x.M.SentenceIndex);
    }

    public Document Run(Document d, StageContext context)
    {
        var groups = new List<Group>();
        var gaz = context.Resources.Gazetteer;
        var ordered = d.EventMentions.Where(m => m.Suppressed is null && m.Type.IsPoliticalViolenceOrDemonstration).OrderBy(m => m.InHeading).ThenBy(m => m.Trigger.Start);
        foreach (var m in ordered)
        {
            var (type, specific) = Refine(m, d, context.Resources.Cues, context.Resources.Nouns);
            var best = BestGroup(d, groups, m, type, specific);
            if (best is null && (m.InHeading || m.Anaphoric || Support(m, type, d) < 2)) continue;
            if (best is null) { best = new Group { Modality = m.Modality, Type = type.Type }; groups.Add(best); }
            best.Mentions.Add((m, type, specific));
            best.Date ??= DayOf(m);
            best.Actor1 ??= m.Actor1?.Actor;
            best.Actor2 ??= m.Actor2?.Actor;
            best.Place = MoreSpecific(best.Place, PlaceOf(m));
        }
        ShareLocations(groups);
        ThereRefersBack(d, groups);
        HeadlineTollToLead(d, groups, context);

        var events = ImmutableArray.CreateBuilder<CodedEvent>();
        var fallback = StoryCountry.Majority(d);
        var built = groups.Select(g => Build(d, g, gaz, fallback)).Where(e => e is not null).Select(e => e!)
                          .Where(e => context.Options.IncludeBackground || e.Modality is Modality.Actual or Modality.Threat || (e.Modality == Modality.Claim && e.Date is not null))
                          .OrderBy(e => e.Evidence[0].Start).ToList();
        for (int i = 0; i < built.Count; i++) events.Add(built[i] with { Id = $"{d.Id}-E{i + 1}" });
        return d with { Events = events.ToImmutable() };
    }

    private static DateValue? DayOf(EventMention m) => m.Date?.Value;

    /// <summary>
    /// A headline's toll is the lead's when the body tells no toll at all ("Boko Haram kills 30 in Borno village raid" over
    /// "fighters raided the village of Kalari …", "Five soldiers killed in Sinai ambush" over "Militants ambushed an army
    /// checkpoint near El-Arish"): the headline sums up the story's first act of violence, whatever act its own words name,
    /// so long as it names no other place or day and gives one count. Only the toll joins: a headline's roles are unreliable.
    /// </summary>
    private static void HeadlineTollToLead(Document d, List<Group> groups, StageContext context)
    {
        // (a body that tells a toll, even "no one was hurt", has its own)
        if (groups.Any(g => g.Mentions.Any(x => x.M.Killed is not null))
            || d.Casualties.Any(c => c.Count == 0 && d.SentenceOfToken(c.FirstToken) is var si and >= 0 && d.Sentences[si].Block == BlockKind.Body)) return;
        var heads = d.EventMentions.Where(m => m.InHeading && m.Killed is not null && m.Modality == Modality.Actual && m.Type.IsPoliticalViolenceOrDemonstration).ToList();
        if (heads.Count == 0 || heads.Select(h => h.Killed!.Count).Distinct().Count() != 1) return;
        // a headline that sums up several acts or a period is no one act's toll: "Two attacks kill 20 in Iraq", "Violence has
        // killed 500 since 2015", "Over 60 killed in Darfur clashes this month", "25 killed in Guerrero over weekend"
        if (heads.Any(h => h.Plural || h.Suppressed is { } why && why.StartsWith("cumulative", StringComparison.Ordinal))) return;
        foreach (var h in heads)
        {
            var hs = d.Sentences[h.SentenceIndex];
            if (d.Dates.Any(x => x.FirstToken >= hs.FirstToken && x.FirstToken < hs.EndToken && x.Value is not { AcledPrecision: 1 })) return;
            for (int k = hs.FirstToken; k < hs.EndToken; k++)
                if (d.Key(k) is "since" or "weekend" or "week" or "month" or "year" or "days" or "weeks" or "months" or "years" or "series" or "attacks" or "raids" or "clashes" or "violence") return;
        }
        // the lead is the story's first act told as news, not as context ("Last month, militants attacked …")
        // (nor one dated only to a month or a year)
        var lead = groups.Where(g => g.Modality == Modality.Actual && g.Type is EventType.Battles or EventType.Explosions or EventType.ViolenceAgainstCivilians
                                     && !g.Mentions.All(x => x.M.Context) && g.Date is null or { AcledPrecision: 1 })
                         .OrderBy(g => g.Mentions.Min(x => x.M.Trigger.Start)).FirstOrDefault();
        var h0 = heads[0];
        if (lead is null || !PlacesCompatible(lead.Place, h0.Place?.Resolved) || !DatesCompatible(lead.Date, DayOf(h0))) return;
        // a headline that names a blast tells of a blast: "3 killed in Peshawar blast" over gunmen's attack on a checkpoint
        if (lead.Type != EventType.Explosions && d.EventMentions.Any(m => m.InHeading && m.Type.Type == EventType.Explosions && m.SentenceIndex == h0.SentenceIndex)) return;
        // a headline that names its perpetrator, in the active voice, tells of that one's act: "Army kills 25 Boko Haram
        // fighters", "Police kill 6 robbers" are not the ambush or the bank raid the body leads with ("Militants kill 10" fits
        // al-Shabaab fighters; "Five soldiers killed in Sinai ambush" names its victims)
        // (every act the headline names counts: "Seven killed in Cameroon as troops raid separatist camp")
        var told = d.EventMentions.Where(m => m.InHeading && heads.Any(h => h.SentenceIndex == m.SentenceIndex)).Select(m => (M: m, By: HeadlinePerpetrator(d, m))).ToList();
        if (lead.Actor1 is { } leader && told.Any(x => x.By is { } ha && !SameActor(leader, ha) && !(ha.Country is null && ha.Inter == leader.Inter))) return;
        // (a blast the body tells with no perpetrator is not what gunmen did: "Gunmen kill 6 at Kabul wedding" over rockets)
        if (lead.Actor1 is null && lead.Type == EventType.Explosions && told.Any(x => x.By is not null)) return;
        // (soldiers killed are no civilians: "Gunmen kill 4 soldiers in Niger" over a raid on a village)
        if (lead.Type == EventType.ViolenceAgainstCivilians && told.Any(x => x.M.Actor2 is { Actor.Inter: 1 })) return;
        // (nor one whose perpetrator is of the lead's victims' side: "Security forces kill 8 Maoists" over an ambush on a patrol)
        if (lead.Actor1 is null && lead.Actor2 is { } victims && told.Any(x => x.By is { } ha && (SameActor(victims, ha) || ha.Inter == victims.Inter))) return;
        // (nor one whose victims are armed men where the lead's perpetrators are, or the lead's victims are forces of a state:
        // "Jets kill 12 militants" over a Taliban ambush, "Security forces kill 8 Maoists" over a Maoist ambush on a patrol)
        static bool Armed(Actor a) => a.Inter is 2 or 3;
        if (told.Any(x => x.M.Actor2 is { } hv && !x.M.Nominal && x.By is null && Armed(hv.Actor)
                           && (lead.Actor1 is { } lp && (Armed(lp) || SameActor(lp, hv.Actor)) || lead.Actor2 is { Inter: 1 }))) return;
        var (type, _) = Refine(h0, d, context.Resources.Cues, context.Resources.Nouns);
        lead.Mentions.Add((h0 with { Actor1 = null, Actor2 = null }, type, false));
    }

    /// <summary>
    /// The perpetrator a headline names: the subject of an active verb ("Police kill 4", "Troops killed 20 militants") or the agent
    /// after "by" ("4 kidnappers killed by police"); a headline's bare participle names its victims ("Five soldiers killed in …").
    /// </summary>
    private static Actor? HeadlinePerpetrator(Document d, EventMention x)
    {
        int t = x.TriggerToken + x.TriggerLength;
        // (a noun is an act of the actor right before it: "troops raid separatist camp"; "soldiers killed in Sinai ambush" is not)
        if (x.Nominal) return x.Actor1 is { } na && na.EndToken == x.TriggerToken ? na.Actor : null;
        if (t + 1 < d.Tokens.Length && d.Key(t) == "by")
            return d.Actors.FirstOrDefault(a => a.FirstToken == t + 1 || a.FirstToken == t + 2 && d.Key(t + 1) == "the")?.Actor;
        if (x.Actor1 is not { } a1 || a1.EndToken > x.TriggerToken) return null;
        bool participle = d.Key(x.TriggerToken).EndsWith("ed", StringComparison.Ordinal)
                          && (t >= d.Tokens.Length || d.Tokens[t].Kind != TokenKind.Number && !(t < d.Tokens.Length && d.Key(t) is "a" or "an" or "the" or "dozens" or "scores" or "several")
                              && d.Casualties.All(c => c.FirstToken != t));
        return participle ? null : a1.Actor;
    }

    /// <summary>A river (its point is its mouth), or a mountain range of several countries: too long or wide to be where an act happened.</summary>
    internal static bool IsSpread(Place p) => p.FeatureCode == "STM" || p.FeatureCode == "MTS" && p.Country.Length == 0;

    /// <summary>The mention's place for grouping: a river or a range of several countries is none.</summary>
    private static Place? PlaceOf(EventMention m) => m.Place?.Resolved is { } r && IsSpread(r) ? null : m.Place?.Resolved;

    /// <summary>
    /// The country most of the story's towns and provinces lie in (nationalities, modifiers, regions, rivers and ranges abstain,
    /// and countries too, which are as often actors: "Russia along with Iran has been assisting …").
    /// </summary>
    private static string? NamedCountry(Document d) =>
        d.Places.Where(p => !p.IsDemonym && !p.Modifier && p.Resolved is { Country.Length: > 0, Kind: not (PlaceKind.Region or PlaceKind.Country) })
                .GroupBy(p => p.Resolved!.Country).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Span.Start).FirstOrDefault()?.Key;

    /// <summary>
    /// How much the sentence anchors a new incident: a date (even a vague one), a place, a casualty count, a named actor.
    /// A lone trigger with a generic agent ("the government offensive …") is commentary, not a report.
    /// </summary>
    private static double Support(EventMention m, EventType type, Document d) =>
        // (a river or a range of several countries anchors less than a place: it names where only across hundreds of kilometres)
        (m.Date is not null ? 1 : 0) + (m.Place is null ? 0 : m.Place.Resolved is { } r && IsSpread(r) ? 0.5 : 1) + (m.Killed is not null ? 1 : 0)
        + (IsNamed(m.Actor1) ? 1 : 0) + (IsNamed(m.Actor2) ? 0.5 : 0) + (m.Weapon is not null || m.TargetWeapon is not null ? 0.5 : 0)
        + (m.Modality == Modality.Threat ? 0.5 : 0) + (PastVerb(m, type, d) ? 0.5 : 0);

    /// <summary>
    /// An act of violence told by a verb in the simple past ("blew himself up in Hasakah city", "a bomb went off") is one act,
    /// where a noun may name a kind of act ("bomb attacks in Hasaka have been rarer"); the perfect, the progressive and the
    /// present passive ("has also reportedly shelled", "being shot", "are targeted by snipers") tell a state or background,
    /// and warnings, deals and territory taken ("seized large areas … in a 2014 campaign") are not counted here.
    /// </summary>
    private static bool PastVerb(EventMention m, EventType type, Document d)
    {
        if (m.Nominal || m.Modality != Modality.Actual || type.Type is not (EventType.Battles or EventType.Explosions or EventType.ViolenceAgainstCivilians)
            || type.SubType is "Non-state actor overtakes territory" or "Government regains territory") return false;
        var w = d.Key(m.TriggerToken);
        if (!w.EndsWith("ed", StringComparison.Ordinal) && w is not ("blew" or "struck" or "shot" or "fought" or "overran" or "threw" or "went")) return false;
        int first = d.Sentences[m.SentenceIndex].FirstToken;
        for (int k = m.TriggerToken - 1; k >= first && k >= m.TriggerToken - 4; k--)
        {
            var key = d.Key(k);
            if (key is "has" or "have" or "had" or "having" or "being" or "been" or "is" or "are" or "be") return false;
            // ("has also reportedly opened", "have since captured"): adverbs may stand between the auxiliary and the verb
            if (!(key.EndsWith("ly", StringComparison.Ordinal) || key is "also" or "since" or "already" or "now" or "just" or "again" or "not" or "never")) break;
        }
        return true;
    }

    private static bool IsNamed(ActorMention? a) => a is not null && a.Actor.Country is not null;

    /// <summary>The ACLED sub-type this mention's own evidence supports, and whether evidence (not a default) decided it.</summary>
    internal static (EventType Type, bool Specific) Refine(EventMention m, Document d, CueLexicon cues, WordClasses nouns)
    {
        var t = m.Type;
        // the trigger's sentence and the next one in the same paragraph ("Protesters gathered… They threw stones…")
        var s = d.Sentences[m.SentenceIndex];
        int to = m.SentenceIndex + 1 < d.Sentences.Length && d.Sentences[m.SentenceIndex + 1].BlockIndex == s.BlockIndex ? d.Sentences[m.SentenceIndex + 1].EndToken : s.EndToken;
        bool Cue(CueKind kind) => cues.Any(d.Tokens.AsSpan(), s.FirstToken, to, kind);
        if (m.TargetWeapon is not null && (m.Flags.HasFlag(TriggerFlags.Intercept) || m.Flags.HasFlag(TriggerFlags.Seize) || m.Flags.HasFlag(TriggerFlags.Territory)))
            return (new EventType(EventType.StrategicDevelopments, "Disrupted weapons use", "ASSAULT"), true);
        // people taken or intercepted: "forces have taken at least five people", "intercepted 15 suspected members"
        if ((m.Flags.HasFlag(TriggerFlags.Territory) || m.Flags.HasFlag(TriggerFlags.Seize) && m.TargetWeapon is null) && PersonsAfter(d, m, to, nouns.Of(WordClasses.PersonPlural)))
            // state forces detain (arrests); anyone else abducts
            return m.Actor1 is { Actor.Inter: 1 }
                ? (new EventType(EventType.StrategicDevelopments, "Arrests", "COERCE"), true)
                : (new EventType(EventType.ViolenceAgainstCivilians, "Abduction/forced disappearance", "COERCE"), true);
        if (t.SubType == "Disrupted weapons use") return (t, true);
        // a house or land taken: property, not territory
        if (m.Flags.HasFlag(TriggerFlags.Territory) && m.TriggerToken + m.TriggerLength < to && Enumerable.Range(m.TriggerToken + m.TriggerLength, Math.Max(0, Math.Min(to, m.TriggerToken + m.TriggerLength + 3) - m.TriggerToken - m.TriggerLength))
                .Any(k => d.Key(k) is "house" or "houses" or "home" or "homes" or "property" or "properties" or "land" or "lands" or "shop" or "shops" or "farm" or "farms" or "car" or "cars" or "livestock"))
            return (new EventType(EventType.StrategicDevelopments, "Looting/property destruction", "COERCE"), true);
        // ground taken without a fight changes hands non-violently
        // (unless the report tells of fighting: "withdrew under heavy bombardment", "casualties on both sides")
        if (m.Flags.HasFlag(TriggerFlags.Territory) && Cue(CueKind.NoFight) && !(m.Killed is { Count: > 0 } || Enumerable.Range(s.FirstToken, to - s.FirstToken)
                .Any(k => d.Key(k) is "fighting" or "clashes" or "bombardment" or "battle" or "battles" or "casualties" or "shelling" or "airstrikes" or "offensive")))
            return (new EventType(EventType.StrategicDevelopments, "Non-violent transfer of territory", "RETREAT"), true);
        if (m.Flags.HasFlag(TriggerFlags.Territory))
        {
            // "recaptured", "liberated" name a return of control; "captured", "seized" a take-over — the actor decides
            bool regains = m.Actor1 is { } a ? a.Actor.Inter == 1 : t.SubType == "Government regains territory";
            return (new EventType(EventType.Battles, regains ? "Government regains territory" : "Non-state actor overtakes territory", "SEIZE"), m.Actor1 is not null || t.SubType == "Government regains territory");
        }
        // ACLED's note prefixes name the sub-type outright: "Weapons seizure: On …", "Property destruction: On …"
        if (NotePrefix(d, s) is { } prefixed) return (prefixed, true);
        // "blew up the house of a wanted tribesman": a building destroyed, no one hurt
        if (t.SubType == "Remote explosive/landmine/IED" && d.Key(m.TriggerToken) is "blew" or "blown" or "demolished" or "detonated" && !(m.Killed is { Count: > 0 })
            && Enumerable.Range(m.TriggerToken + 1, Math.Max(0, Math.Min(to, m.TriggerToken + 5) - m.TriggerToken - 1)).Any(k => d.Key(k) is "house" or "houses" or "home" or "homes" or "building" or "buildings" or "shop" or "mosque" or "bridge"))
            return (new EventType(EventType.StrategicDevelopments, "Looting/property destruction", "COERCE"), true);
        // a chemical agent decides the sub-type whatever carried it ("shells containing chlorine gas")
        // (used near the act, not a target or a motive: "chemical weapons facilities", "in retaliation for a poison gas attack")
        if (t.Type is EventType.Explosions or EventType.Battles && d.Weapons.Any(w => w.Class == WeaponClass.Chemical && w.FirstToken >= s.FirstToken && w.EndToken <= to
                && Math.Abs(w.FirstToken - m.TriggerToken) <= 8 && !(w.EndToken < d.Tokens.Length && d.Key(w.EndToken) is "facilities" or "facility" or "plant" or "depot" or "stockpile" or "stockpiles" or "programme" or "program" or "site" or "sites" or "production" or "research")
                && !Enumerable.Range(Math.Max(s.FirstToken, w.FirstToken - 4), w.FirstToken - Math.Max(s.FirstToken, w.FirstToken - 4)).Any(k => d.Key(k) is "retaliation" or "accused" or "over" or "suspected")))
            return (new EventType(EventType.Explosions, "Chemical weapon", "ASSAULT"), true);
        // tear gas, rubber bullets or water cannon on a crowd: an intervention in a protest, never a shelling; with dozens
        // hurt, excessive force ("fired rubber bullets and tear gas … dozens of people were injured")
        if ((t.Type is EventType.Explosions or EventType.Battles || t.SubType == "Change to group/activity") && m.Weapon is { Class: WeaponClass.Other } rc && IsRiotControl(d[rc.Span]) && !(m.Killed is { Count: > 0 }))
            return m.Injured is { Count: >= 10 }
                ? (new EventType(EventType.Protests, "Excessive force against protesters", "ASSAULT"), true)
                : (new EventType(EventType.Protests, "Protest with intervention", "PROTEST"), true);
        // rioters setting fire or attacking: the riot is the event ("black-clad rioters set fire on a street")
        if (t.Type is EventType.Explosions or EventType.Battles or EventType.ViolenceAgainstCivilians && m.Actor1 is { Actor.Inter: 5 } rioter5)
            return d[rioter5.Span].Contains("mob", StringComparison.OrdinalIgnoreCase) || d[rioter5.Span].Contains("crowd", StringComparison.OrdinalIgnoreCase)
                ? (new EventType(EventType.Riots, "Mob violence", "ASSAULT"), true)
                : (new EventType(EventType.Riots, "Violent demonstration", "PROTEST"), true);
        // police arresting demonstrators: an intervention in their protest
        if (t.SubType == "Arrests" && m.Actor2 is { Actor.Inter: 6 } arrested && Protesting(d[arrested.Span]))
            return (new EventType(EventType.Protests, "Protest with intervention", "PROTEST"), true);
        // fire aimed at protesters: lethal force is excessive, the rest an intervention ("opened fire on protesters, killing 8")
        if (t.Type is EventType.Battles or EventType.Explosions or EventType.ViolenceAgainstCivilians && AtProtesters(d, m) && m.Actor1?.Actor.Inter is null or 1 or 3)
            return m.Killed is { Count: > 0 } || Cue(CueKind.Lethal) || m.Weapon is { Class: WeaponClass.Firearm }
                ? (new EventType(EventType.Protests, "Excessive force against protesters", "ASSAULT"), true)
                : (new EventType(EventType.Protests, "Protest with intervention", "PROTEST"), true);
        // protesters burning cars or looting shops: the demonstration turned violent (ACLED codes the riot, not the damage)
        if (t.SubType == "Looting/property destruction" && (m.Actor1?.Actor.Inter is 5 or 6
                || d.EventMentions.Any(o => o.SentenceIndex >= m.SentenceIndex - 1 && o.SentenceIndex <= m.SentenceIndex && o.Type.Type == EventType.Protests && o.Suppressed is null)))
            return (new EventType(EventType.Riots, "Violent demonstration", "PROTEST"), true);
        // "beaten by a crowd of residents", "lynched by a mob": mob violence
        if (t.Type is EventType.ViolenceAgainstCivilians or EventType.Battles && t.SubType is "Attack" or "Armed clash" && (m.Actor1 is { } mob && (d[mob.Span].Contains("crowd", StringComparison.OrdinalIgnoreCase) || d[mob.Span].Contains("mob", StringComparison.OrdinalIgnoreCase))
                || d.Key(m.TriggerToken) is "lynched" or "lynching"))
            return (new EventType(EventType.Riots, "Mob violence", "ASSAULT"), true);
        // settlers or villagers on a rampage, no demonstration: mob violence
        var rioter = m.Actor1 ?? d.Actors.LastOrDefault(a => a.FirstToken >= s.FirstToken && a.EndToken <= m.TriggerToken);
        if (t.Type == EventType.Riots && t.SubType == "Violent demonstration" && rioter is { Actor.Inter: not (5 or 6) } && m.Weapon is null or { Class: WeaponClass.Other }
            && !d.EventMentions.Any(o => o.SentenceIndex == m.SentenceIndex && o.Type.Type == EventType.Protests))
            return (new EventType(EventType.Riots, "Mob violence", "ASSAULT"), true);
        // force used on a crowd decides between intervention and excessive force; a crowd turning violent is a riot
        // (a lethal word alone is not force on this crowd: "we must not allow them to be beaten", "students killed in a road accident")
        if (t.Type is EventType.Protests && (Cue(CueKind.Lethal) || m.Killed is { Count: > 0 }) && (Cue(CueKind.Repression) || m.Killed is { Count: > 0 }) && !Cue(CueKind.Accident))
            return (new EventType(EventType.Protests, "Excessive force against protesters", "ASSAULT"), true);
        if (t.Type is EventType.Protests && Cue(CueKind.Riot))
            return (new EventType(EventType.Riots, "Violent demonstration", "PROTEST"), true);
        if (t.Type is EventType.Protests && Cue(CueKind.Repression))
            return (new EventType(EventType.Protests, "Protest with intervention", "PROTEST"), true);
        // protesters clashing with police: a violent demonstration, not a battle between armed groups
        // (activists who report it are its source, not its side: "activists said at least 33 militants were killed"; another
        // group of the street class is a side when it is named as a crowd ("Police and protesters clashed", "opposition
        // supporters") or the crowd turns violent ("torching buses"))
        if (t.Type == EventType.Battles && t.SubType == "Armed clash" && (m.Actor1?.Actor.Inter is 5 or 6 || m.Actor2?.Actor.Inter is 5 or 6
                || d.Actors.Any(a => a.FirstToken >= s.FirstToken && a.EndToken <= to && a.Actor.Inter is 5 or 6 && !d.Sources.Any(x => x.Span.Contains(a.Span))
                                     && (Cue(CueKind.Riot) || Crowd(d[a.Span])))))
            return (new EventType(EventType.Riots, "Violent demonstration", "PROTEST"), true);
        // "detonated explosives, killing themselves": the bombers died by their own blast
        if (t.Type == EventType.Explosions && t.SubType is "Remote explosive/landmine/IED" && Enumerable.Range(s.FirstToken, to - s.FirstToken).Any(k => d.Key(k) is "himself" or "herself" or "themselves" && k > 0 && d.Key(k - 1) is "killing" or "killed" or "blew" or "blowing"))
            return (new EventType(EventType.Explosions, "Suicide bomb", "ASSAULT"), true);
        // a blast or fire with a leak, a boiler, a warehouse and no one behind it is an accident
        // ("the bomb was placed inside a bus that transports workers at a private factory" is an attack)
        if (t.Type == EventType.Explosions && t.SubType == "Remote explosive/landmine/IED" && m.Actor1 is null && Cue(CueKind.Accident) && !Cue(CueKind.Deliberate))
            return (new EventType(EventType.NotPoliticalViolence, "Man-made disaster", "OTHER"), true);
        // what is dropped comes from the air: "drones dropped explosives on houses"
        if (m.Flags.HasFlag(TriggerFlags.Armed) && d.Key(m.TriggerToken) is "dropped" or "drops" or "dropping" && m.Weapon is { Class: not WeaponClass.Chemical })
            return (new EventType(EventType.Explosions, "Air/drone strike", "ASSAULT"), true);
        // troops sent to a new base: the base is the event
        if (t.SubType == "Change to group/activity" && Enumerable.Range(m.TriggerToken + 1, Math.Max(0, Math.Min(to, m.TriggerToken + 9) - m.TriggerToken - 1))
                .Any(k => d.Key(k) == "new" && Enumerable.Range(k + 1, Math.Max(0, Math.Min(to, k + 4) - k - 1)).Any(b => d.Key(b) is "base" or "post" or "outpost" or "position" or "headquarters" or "camp")))
            return (new EventType(EventType.StrategicDevelopments, "Headquarters or base established", "MOBILIZE"), true);
        // forces leaving a place with no one named taking it over: a change in the group's activity, not a transfer
        if (t.SubType == "Non-violent transfer of territory" && !m.Flags.HasFlag(TriggerFlags.Territory)
            && !d.EventMentions.Any(o => o != m && o.SentenceIndex >= m.SentenceIndex - 1 && o.SentenceIndex <= m.SentenceIndex + 1 && o.Flags.HasFlag(TriggerFlags.Territory))
            && !Enumerable.Range(s.FirstToken, to - s.FirstToken).Any(k => d.Key(k) is "handed" or "handover" or "hand-over" or "handing" or "control" or "took" or "entered" or "replaced" or "hands"))
            return (new EventType(EventType.StrategicDevelopments, "Change to group/activity", "MOBILIZE"), true);
        if (m.Flags.HasFlag(TriggerFlags.Weapon) && m.Weapon is { } w)
        {
            var byWeapon = w.Class switch
            {
                WeaponClass.Drone or WeaponClass.Aircraft => new EventType(EventType.Explosions, "Air/drone strike", "ASSAULT"),
                WeaponClass.Missile or WeaponClass.Rocket or WeaponClass.Artillery or WeaponClass.Mortar or WeaponClass.Naval => new EventType(EventType.Explosions, "Shelling/artillery/missile attack", "ASSAULT"),
                WeaponClass.Ied or WeaponClass.Explosive => new EventType(EventType.Explosions, "Remote explosive/landmine/IED", "ASSAULT"),
                WeaponClass.Suicide => new EventType(EventType.Explosions, "Suicide bomb", "ASSAULT"),
                WeaponClass.Chemical => new EventType(EventType.Explosions, "Chemical weapon", "ASSAULT"),
                WeaponClass.Grenade => new EventType(EventType.Explosions, "Grenade", "ASSAULT"),
                _ => null,
            };
            if (byWeapon is not null) return (byWeapon, true);
            if (w.Class == WeaponClass.Firearm && t.Type == EventType.Explosions) t = new EventType(EventType.Battles, "Armed clash", "ASSAULT");
        }
        if (m.Flags.HasFlag(TriggerFlags.Protest) && m.Actor2?.Actor.Inter == 6)
            return (new EventType(EventType.Protests, "Excessive force against protesters", "ASSAULT"), true);
        if (m.Flags.HasFlag(TriggerFlags.Target) && t.Type is EventType.Battles or EventType.ViolenceAgainstCivilians)
        {
            // "a former commander", "a retired officer": out of the fight, a civilian target
            bool former = m.Actor2 is { } t2 && t2.FirstToken > 0 && (d.Key(t2.FirstToken - 1) is "former" or "retired" or "ex" || d.Key(t2.FirstToken).StartsWith("ex-", StringComparison.Ordinal)
                || t2.FirstToken > 1 && d.Key(t2.FirstToken - 2) is "former" or "retired");
            bool civilianTarget = m.Actor2?.Actor.Inter == 7 || former || (m.Killed?.Victims is { } v && IsCivilian(v, nouns.Of(WordClasses.CivilianWord)));
            bool armedTarget = m.Actor2?.Actor.Inter is 1 or 2 or 3 or 4 or 8;
            // "opened fire on a teahouse", "attacked the stock exchange building": a civilian place with no armed party named
            if (!civilianTarget && !armedTarget && m.Actor1?.Actor.Inter is null or 2 or 3 or 4 or 5 && CivilianPlaceAfter(d, m, s.EndToken, nouns.Of(WordClasses.CivilianPlace))) civilianTarget = true;
            if (civilianTarget) return (new EventType(EventType.ViolenceAgainstCivilians, t.SubType == "Attack" || t.Type == EventType.Battles ? "Attack" : t.SubType, "ASSAULT"), true);
            if (armedTarget) return (new EventType(EventType.Battles, "Armed clash", "ASSAULT"), true);
        }
        return (t, !m.Flags.HasFlag(TriggerFlags.Weapon) && !m.Flags.HasFlag(TriggerFlags.Target));
    }

    private static EventType? NotePrefix(Document d, Sentence s)
    {
        if (s.FirstToken + 2 >= s.EndToken) return null;
        string a = d.Key(s.FirstToken), b = d.Key(s.FirstToken + 1);
        bool colon2 = d.Key(s.FirstToken + 2) == ":", colon1 = b == ":";
        return (a, b) switch
        {
            ("weapons", "seizure") when colon2 => new EventType(EventType.StrategicDevelopments, "Disrupted weapons use", "ASSAULT"),
            ("property", "destruction") when colon2 => new EventType(EventType.StrategicDevelopments, "Looting/property destruction", "COERCE"),
            ("interception", _) when colon1 => new EventType(EventType.StrategicDevelopments, "Disrupted weapons use", "ASSAULT"),
            ("defusal", _) when colon1 => new EventType(EventType.StrategicDevelopments, "Disrupted weapons use", "ASSAULT"),
            ("looting", _) when colon1 => new EventType(EventType.StrategicDevelopments, "Looting/property destruction", "COERCE"),
            _ => null,
        };
    }

    /// <summary>How many bombers a sentence says blew themselves up, unless the death count already includes them.</summary>
    private static int SuicideBombers(Document d, int sentence, CasualtyMention killed)
    {
        var s = d.Sentences[sentence];
        for (int k = killed.FirstToken; k < killed.EndToken; k++)
            if (d.Key(k) is "himself" or "herself" or "themselves" or "bomber" or "bombers" or "attacker" or "attackers") return 0;
        for (int k = s.FirstToken; k + 1 < s.EndToken; k++)
        {
            if (d.Key(k) is not ("blew" or "blown" or "detonated")) continue;
            var next = d.Key(k + 1);
            if (next is "himself" or "herself" || next is "his" or "her" && k + 2 < s.EndToken && d.Key(k + 2) is "vest" or "belt" or "explosives") return 1;
            if (next is "themselves" or "their")
            {
                // "two suicide bombers blew themselves up"
                for (int b = Math.Max(s.FirstToken, k - 4); b < k; b++)
                    if (d.Key(b) is "two" or "2") return 2;
                    else if (d.Key(b) is "three" or "3") return 3;
                return 2;
            }
        }
        return 0;
    }

    // (the civilian words match inside the description: "worshipper" in "worshippers", "displaced" in "internally displaced people")
    private static bool IsCivilian(string victims, FrozenSet<string> civilianWords)
    {
        var v = victims.ToLowerInvariant();
        if (civilianWords.Any(v.Contains)) return true;
        // "killing 3 Israelis": people named by nationality alone, no soldiers or fighters among them
        return victims.Length > 3 && char.IsUpper(victims[0]) && !victims.Contains(' ') && victims.EndsWith('s');
    }

    private static bool CivilianPlaceAfter(Document d, EventMention m, int end, FrozenSet<string> civilianPlaces)
    {
        for (int k = m.TriggerToken + m.TriggerLength; k < Math.Min(end, m.TriggerToken + m.TriggerLength + 7); k++)
        {
            var key = d.Key(k);
            if (key is "," or "." or "killing" or "wounding" or "in" && k > m.TriggerToken + m.TriggerLength + 1) return false;
            if (civilianPlaces.Contains(key)) return true;
        }
        return false;
    }

    /// <summary>Whether people are named within a few words after the trigger ("detained 15 people").</summary>
    internal static bool PersonsAfter(Document d, EventMention m, int to, FrozenSet<string> persons)
    {
        int from = m.TriggerToken + m.TriggerLength;
        for (int k = from; k < Math.Min(to, from + 6); k++)
        {
            var key = d.Key(k);
            // (lower case: "New People's Army camps" are no people)
            if (persons.Contains(key) && !d.IsCapitalised(k))
                return true;
            if (d.Tokens[k].Kind == TokenKind.Punctuation || d.Places.Any(p => p.FirstToken == k && !p.Modifier)) return false;
        }
        return false;
    }

    private static bool IsRiotControl(string weapon)
    {
        var w = weapon.ToLowerInvariant();
        return w.Contains("tear") || w.Contains("rubber") || w.Contains("water cannon") || w.Contains("stun") || w.Contains("flash") || w.Contains("baton") || w.Contains("plastic bullet");
    }

    /// <summary>A name for people who protest or demonstrate.</summary>
    private static bool Protesting(string text) =>
        text.Contains("protest", StringComparison.OrdinalIgnoreCase) || text.Contains("demonstrat", StringComparison.OrdinalIgnoreCase);

    /// <summary>A name for people in the street: protesters, demonstrators, rioters, supporters, a crowd or a mob.</summary>
    private static bool Crowd(string text) =>
        Protesting(text) || text.Contains("riot", StringComparison.OrdinalIgnoreCase) || text.Contains("supporter", StringComparison.OrdinalIgnoreCase)
        || text.Contains("crowd", StringComparison.OrdinalIgnoreCase) || text.Contains("mob", StringComparison.OrdinalIgnoreCase);

    /// <summary>The target is a crowd of protesters: an actor coded as protesters, or one described as protesting ("worshippers protesting").</summary>
    private static bool AtProtesters(Document d, EventMention m)
    {
        // "opened fire on mourners and protesters": any crowd of protesters named right after the act
        int from = m.TriggerToken + m.TriggerLength;
        if (d.Actors.Any(a => a.FirstToken >= from && a.FirstToken - from <= 6 && a.Actor.Inter == 6 && Protesting(d[a.Span])))
            return true;
        if (m.Actor2 is not { } a2) return false;
        // protesters by name, or any inter-6 group where the sentence reports a protest ("activists" alone may be anyone)
        if (a2.Actor.Inter == 6 && (Protesting(d[a2.Span])
            || d.EventMentions.Any(o => o.SentenceIndex == m.SentenceIndex && o.Type.Type is EventType.Protests or EventType.Riots)))
            return true;
        int k = a2.EndToken;
        return k < d.Tokens.Length && d.Key(k) is "protesting" or "demonstrating" or "rallying" or "marching" or "who" && (d.Key(k) != "who" || k + 1 < d.Tokens.Length && d.Key(k + 1) is "protested" or "were" && k + 2 < d.Tokens.Length && d.Key(k + 2) is "protesting" or "demonstrating" or "protested");
    }

    private static Group? BestGroup(Document d, List<Group> groups, EventMention m, EventType type, bool specific)
    {
        Group? best = null;
        int bestScore = -1;
        bool namedAsEarlier = Sitrep.Extraction.Attribution.ModalityStage.NamedAsEarlier(d, m);
        for (int gi = groups.Count - 1; gi >= 0; gi--)
        {
            var g = groups[gi];
            // a bare "N were killed" with no perpetrator or weapon counts the victims of an incident already reported
            bool bareKilling = type.Type == EventType.ViolenceAgainstCivilians && m.Actor1 is null && m.Weapon is null && g.Mentions.Any(x => x.M.Killed is not null);
            if ((g.Type != type.Type && !bareKilling) || g.Modality != m.Modality) continue;
            // "an earlier bombing near the shrine" is by its own words another act than the news it is told beside
            if (namedAsEarlier && !Sitrep.Extraction.Attribution.ModalityStage.NamedAsEarlier(d, g.Mentions[0].M)) continue;
            // one sentence rarely reports two incidents of one type: "threatened … warning …" is one threat
            if (g.Sentences.Contains(m.SentenceIndex) && (!specific || !Primary(g).Item2 || Primary(g).Item1.SubType == type.SubType)) { best = g; break; }
            var (gType, gSpecific) = Primary(g);
            if (specific && gSpecific && gType.SubType != type.SubType) continue;
            var mDate = DayOf(m);
            if (!DatesCompatible(g.Date, mDate)) continue;
            // the same toll told twice ("five were killed … killing at least five people") is one incident, whatever sides the
            // sentences name — unless the second is placed in another town, or tells "another"/"also" ("dozens" is no toll)
            bool sameToll = m.Killed is { Count: >= 2 } k && ExactCount(d, k) && !AnotherBefore(d, m, k)
                            && (PlaceOf(m) is not { } mp || g.Place is not { } gp || mp.Id == gp.Id || (mp.IsArea || gp.IsArea) && PlacesCompatible(gp, mp))
                            && g.Mentions.Any(x => x.M.Killed?.Count == k.Count);
            if (sameToll) { }
            else if (m.Definite || m.Anaphoric || bareKilling)
            {
                // "the clashes pitted X against Y": a definite reference may name the sides in any order, and may name the
                // attacker the first report left unnamed ("the strikes on Atareb were carried out by Syrian warplanes")
                // (only where it names no other town — "The Russian strikes on Idlib city killed 12 others" after strikes on Saraqeb
                // is another raid)
                bool namesMissingAttacker = g.Actor1 is null && m.Actor1 is { } ma1 && m.Actor2 is null && (g.Actor2 is null || !SameActor(g.Actor2, ma1.Actor))
                    && (PlaceOf(m) is not { } own || g.Place is null || g.Place.IsArea || own.Id == g.Place.Id)
                    // ("killed 12 others", "another strike": more victims, another raid — "wounded more than 30 others" adds to it)
                    && !(m.Killed is { } mk && (d.Key(mk.EndToken - 1) == "others" || mk.EndToken < d.Tokens.Length && d.Key(mk.EndToken) == "others"))
                    && !Enumerable.Range(d.Sentences[m.SentenceIndex].FirstToken, m.TriggerToken - d.Sentences[m.SentenceIndex].FirstToken).Any(k => d.Key(k) is "another" or "second" or "separate");
                if (!(Among(g, m.Actor1?.Actor) || namesMissingAttacker) || !Among(g, m.Actor2?.Actor)) continue;
            }
            else
            {
                if (!InRole(g, m.Actor1?.Actor, x => x.Actor1) || !InRole(g, m.Actor2?.Actor, x => x.Actor2)) continue;
                if (m.Actor1 is not null && g.Actor2 is not null && g.Actor1 is null && SameActor(g.Actor2, m.Actor1.Actor)) continue;
            }
            if (!PlacesCompatible(g.Place, PlaceOf(m))) continue;
            int score = 0;
            if (g.Sentences.Contains(m.SentenceIndex)) score += 3;
            if (g.Actor1 is not null && m.Actor1 is not null) score += 2;
            if (g.Actor2 is not null && m.Actor2 is not null) score += 2;
            if (g.Date is not null && mDate is not null) score += 2;
            if (g.Place is not null && PlaceOf(m) is not null) score += 1;
            bool licensed = m.InHeading || m.Anaphoric || m.Definite || score >= 3 || mDate is null || g.Date is null;
            if (!licensed) continue;
            // two dated, fully specified reports in different sentences are separate incidents unless they agree on actors
            if (score > bestScore) { bestScore = score; best = g; }
        }
        return best;
    }

    /// <summary>A count written with digits or an exact number word, not "dozens", "scores", "several" or "many".</summary>
    private static bool ExactCount(Document d, CasualtyMention k)
    {
        for (int i = k.FirstToken; i < k.EndToken; i++)
            if (Recognition.CasualtyRecognitionStage.VagueWords.Contains(d.Key(i))) return false;
        return true;
    }

    /// <summary>"Another air strike … killed", "The air force also killed": before its toll the sentence tells a second incident.</summary>
    private static bool AnotherBefore(Document d, EventMention m, CasualtyMention toll)
    {
        for (int k = d.Sentences[m.SentenceIndex].FirstToken; k < Math.Max(toll.FirstToken, m.TriggerToken); k++)
            if (d.Key(k) is "another" or "second" or "separate" or "other" or "also" or "meanwhile") return true;
        return false;
    }

    private static (EventType, bool) Primary(Group g)
    {
        foreach (var x in g.Mentions) if (x.Specific) return (x.Type, true);
        return (g.Mentions[0].Type, false);
    }

    private static bool DatesCompatible(DateValue? a, DateValue? b)
    {
        if (a is null || b is null) return true;
        if (a.Start == a.End && b.Start == b.End) return a.Start == b.Start;
        return a.Start <= b.End && b.Start <= a.End;
    }

    private static bool SameActor(Actor a, Actor b) =>
        a == b || string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase) || (a.Country is not null && a.Country == b.Country && a.Inter == b.Inter);

    /// <summary>The actor fits a role of the group when no report fills that role or one of them names the same actor.</summary>
    private static bool InRole(Group g, Actor? a, Func<EventMention, ActorMention?> role)
    {
        if (a is null) return true;
        bool any = false;
        foreach (var (m, _, _) in g.Mentions)
        {
            if (role(m) is not { } r) continue;
            any = true;
            if (SameActor(r.Actor, a)) return true;
        }
        return !any;
    }

    private static bool Among(Group g, Actor? a) =>
        a is null || a.Country is null || (g.Actor1 is null && g.Actor2 is null) || (g.Actor1 is not null && SameActor(g.Actor1, a)) || (g.Actor2 is not null && SameActor(g.Actor2, a))
        || g.Mentions.Any(x => (x.M.Actor1 is { } a1 && SameActor(a1.Actor, a)) || (x.M.Actor2 is { } a2 && SameActor(a2.Actor, a)));

    private static bool PlacesCompatible(Place? a, Place? b)
    {
        if (a is null || b is null) return true;
        if (a.Country != b.Country) return false;
        if (a.IsArea || b.IsArea)
        {
            // a province holds only its own towns: "airstrikes on a school in Idlib province" is no report of a strike on Damascus
            var (area, other) = a.IsArea ? (a, b) : (b, a);
            if (area.Kind == PlaceKind.Admin1 && area.Admin1 is not null && other.Kind is not (PlaceKind.Country or PlaceKind.Region) && other.Admin1 is not null)
                return other.Admin1 == area.Admin1;
            return true;
        }
        return a.DistanceKm(b) <= 50;
    }

    private static int Rank(Place p) => p.Kind switch
    {
        PlaceKind.City or PlaceKind.Landmark => 4,
        PlaceKind.Admin2 => 3,
        PlaceKind.Admin1 => 2,
        PlaceKind.Region => 1,
        _ => 0,
    };

    private static Place? MoreSpecific(Place? current, Place? candidate)
    {
        if (candidate is null) return current;
        if (current is null) return candidate;
        return Rank(candidate) > Rank(current) && (current.IsArea ? current.Country == candidate.Country : true) ? candidate : current;
    }

    /// <summary>Events reported in the same sentence happened in the same place: a coarse one adopts its sibling's precise place.</summary>
    private static void ShareLocations(List<Group> groups)
    {
        foreach (var g in groups)
        {
            if (g.Place is not null && !g.Place.IsArea) continue;
            foreach (var o in groups)
            {
                if (o == g || o.Place is null || o.Place.IsArea) continue;
                if (!g.Sentences.Intersect(o.Sentences).Any()) continue;
                if (g.Place is null || g.Place.Country == o.Place.Country) { g.Place = o.Place; break; }
            }
        }
    }

    /// <summary>
    /// "On Sunday, shelling there killed 3 people", "gunmen had attacked a checkpoint there": an act placed only by the adverb
    /// "there" happened where the last act told before it did — not the existential "there were", "there is".
    /// </summary>
    private static void ThereRefersBack(Document d, List<Group> groups)
    {
        foreach (var g in groups)
        {
            if (g.Place is not null) continue;
            foreach (var (m, _, _) in g.Mentions)
            {
                var s = d.Sentences[m.SentenceIndex];
                int there = -1;
                for (int k = s.FirstToken; k < s.EndToken; k++)
                    if (d.Key(k) == "there" && !Existential(d, k, s))
                    {
                        there = k;
                        break;
                    }
                if (there < 0) continue;
                // the place of the last act told before it: where a source spoke ("a UN official in Goma said"), where people
                // met ("met in Moscow to discuss Afghanistan") or went is no act's place
                int at = d.Tokens[there].Start;
                var before = groups.Where(o => o != g && o.Place is { Kind: not (PlaceKind.Country or PlaceKind.Region) } && o.Mentions.Any(x => x.M.Trigger.Start < at))
                                   .OrderByDescending(o => o.Mentions.Where(x => x.M.Trigger.Start < at).Max(x => x.M.Trigger.Start)).FirstOrDefault();
                if (before?.Place is not { } place) continue;
                g.Place = place;
                g.PlaceEvidence = before.Mentions.Select(x => x.M.Place).FirstOrDefault(p => p?.Resolved == place)?.Span;
                break;
            }
        }
    }

    /// <summary>"there were", "there also was", "There remained fears": the existential "there", which places nothing.</summary>
    private static bool Existential(Document d, int k, Sentence s)
    {
        int n = k + 1;
        while (n < s.EndToken && (d.Key(n) is "also" or "still" or "now" or "then" or "again" or "reportedly" || d.Key(n).EndsWith("ly", StringComparison.Ordinal))) n++;
        return n < s.EndToken && d.Key(n) is "is" or "are" or "was" or "were" or "has" or "have" or "had" or "will" or "would" or "may" or "might" or "could" or "can"
            or "seems" or "seemed" or "appears" or "appeared" or "remain" or "remains" or "remained" or "exist" or "exists" or "existed" or "'s" or "being" or "be";
    }

    private static readonly string[] Directions = ["northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern"];

    /// <summary>"in a northern village" with no name: the named part of the document's country.</summary>
    private static string? DirectionIn(Document d, EventMention m)
    {
        var s = d.Sentences[m.SentenceIndex];
        for (int k = s.FirstToken; k + 1 < s.EndToken; k++)
            if (Array.IndexOf(Directions, d.Key(k)) >= 0 && d.Key(k + 1) is "village" or "town" or "city" or "province" or "region" or "area" or "countryside" or "district" or "part" or "parts" or "outskirts")
                return d.Key(k);
        return null;
    }

    /// <summary>The day a speaker said it: "said Tuesday", "told reporters on Monday".</summary>
    internal static bool DayOfTelling(Document d, DateMention x)
    {
        // ("said in a statement on Wednesday", "according to the Observatory on Wednesday", "said late Wednesday" — not "said
        // rebels attacked on Wednesday", where an act comes between)
        int first = d.SentenceOfToken(x.FirstToken) is var si and >= 0 ? d.Sentences[si].FirstToken : 0;
        for (int k = x.FirstToken - 1; k >= Math.Max(first, x.FirstToken - 6); k--)
        {
            if (d.Key(k) is "said" or "says" or "told" or "reported" or "added" or "stated" or "announced" or "confirmed" or "according") return true;
            if (d.Tokens[k].Kind == TokenKind.Punctuation || d.Key(k) == "that" || d.EventMentions.Any(m => m.TriggerToken == k)) return false;
        }
        return false;
    }

    /// <summary>
    /// A day named for a count or an act earlier than the act it would belong to: another act ("… on Wednesday. A day earlier 3
    /// soldiers were killed there") — not the day it was told, nor the night or evening before ("Late on Tuesday 6 villagers
    /// were killed" after Wednesday's raid on the village).
    /// </summary>
    internal static bool EarlierDayThan(Document d, DateMention x, DateValue act, bool eveIsTheAct = true) =>
        !x.IsDateline && x.Value is { Precision: DatePrecision.Day } v && act is { Precision: DatePrecision.Day } && v.End < act.Start && !DayOfTelling(d, x)
        && !(eveIsTheAct && v.End.DayNumber == act.Start.DayNumber - 1 && NightOrEvening(d, x));

    /// <summary>At night (see <see cref="AtNight"/>) or in the evening ("on Tuesday evening"): the eve of the next day's news.</summary>
    internal static bool NightOrEvening(Document d, DateMention x) =>
        AtNight(d, x) || Enumerable.Range(x.FirstToken, Math.Min(d.Tokens.Length, x.EndToken + 1) - x.FirstToken).Any(k => d.Key(k) == "evening");

    /// <summary>"late on Tuesday", "Tuesday night", "overnight", "at dawn on Wednesday": a time that straddles two days.</summary>
    internal static bool AtNight(Document d, DateMention m)
    {
        // (before the day: "late on Tuesday", "early Wednesday", "at dawn on Monday" — not "on Tuesday, late reports said")
        for (int k = Math.Max(0, m.FirstToken - 3); k < m.FirstToken; k++)
            if (d.Key(k) is "late" or "early" or "overnight" or "dawn" or "midnight" or "predawn") return true;
        // (in or right after it: "Tuesday night", "overnight Monday" — "Tuesday evening" is still Tuesday)
        for (int k = m.FirstToken; k < Math.Min(d.Tokens.Length, m.EndToken + 1); k++)
            if (d.Key(k) is "night" or "overnight" or "midnight" or "tonight" or "nightfall") return true;
        return false;
    }

    private static readonly FrozenSet<string> WitnessNouns = FrozenSet.ToFrozenSet(
        ["activists", "activist", "residents", "resident", "witnesses", "witness", "medics", "doctors", "locals", "rescuers"], StringComparer.Ordinal);

    /// <summary>
    /// The town of the local witnesses who tell the event ("Activists in Homs said", "Residents of Raqqa, speaking by phone,
    /// said"): a town of the story's country named right after their noun — not a country or a capital, where exiles, agencies
    /// and governments speak ("Activists in Turkey", "sources in Damascus"), and not inside another name ("Medics from Doctors
    /// Without Borders in Geneva").
    /// </summary>
    private static PlaceMention? LocalWitnesses(Document d, List<EventMention> mentions, string? storyCountry)
    {
        foreach (var src in d.Sources)
        {
            if (!mentions.Any(m => m.SentenceIndex == src.SentenceIndex)) continue;
            foreach (var p in d.Places)
            {
                if (!src.Span.Contains(p.Span) || p.IsDemonym || p.Modifier || p.Resolved is not { } r) continue;
                if (r.Kind is not (PlaceKind.City or PlaceKind.Landmark or PlaceKind.Admin2) || r.FeatureCode == "PPLC" || storyCountry is not null && r.Country != storyCountry) continue;
                int k = p.FirstToken - 1;
                if (k < 1 || d.Key(k) is not ("in" or "of" or "from")) continue;
                // the witnesses' noun, then at most two lower-case words before "in", "of" or "from" ("activists based in")
                int n = k - 1;
                while (n >= 0 && d.Tokens[n].Span.Start >= src.Span.Start && !WitnessNouns.Contains(d.Key(n)) && !d.IsCapitalised(n) && k - n <= 3) n--;
                if (n >= 0 && d.Tokens[n].Span.Start >= src.Span.Start && WitnessNouns.Contains(d.Key(n))) return p;
            }
        }
        return null;
    }

    private static CodedEvent? Build(Document d, Group g, Gazetteer gaz, (string Country, Sitrep.Text.TextSpan Span)? fallback)
    {
        var body = g.Mentions.Where(x => !x.M.InHeading).ToList();
        if (body.Count == 0) return null;
        var primary = body.OrderByDescending(x => (x.M.Date is not null ? 2 : 0) + (x.M.Actor1 is not null ? 1 : 0) + (x.M.Actor2 is not null ? 1 : 0) + (x.M.Anaphoric ? -3 : 0))
                          .ThenBy(x => x.M.Trigger.Start).First();
        var (type, _) = g.Mentions.Where(x => x.Specific).Select(x => (x.Type, x.Specific)).DefaultIfEmpty((primary.Type, false)).First();
        var all = g.Mentions.Select(x => x.M).ToList();

        var dated = all.Where(m => m.Date?.Value is not null).OrderBy(m => m.Date!.Value!.AcledPrecision).ThenBy(m => m.InHeading).FirstOrDefault();
        string? dateNote = null;
        if (dated is null)
        {
            var vague = all.Select(m => m.Date).FirstOrDefault(x => x is not null);
            dateNote = vague is not null ? $"'{d[vague.Span]}' names no day" : "no date expression in the report of this event";
        }

        Evidenced<Actor>? Arg(Func<EventMention, ActorMention?> f)
        {
            var src = f(primary.M) ?? all.Select(f).FirstOrDefault(x => x is not null);
            return src is null ? null : new Evidenced<Actor>(src.Actor, src.Span);
        }
        var a1 = Arg(m => m.Actor1);
        var a2 = Arg(m => m.Actor2);
        // one actor on both sides means a role was borrowed from another report of the event: keep the main report's
        if (a1 is { } x1 && a2 is { } x2 && SameActor(x1.Value, x2.Value))
        {
            if (primary.M.Actor1 is null) a1 = null; else a2 = null;
        }

        Evidenced<EventLocation>? location = null;
        var place = g.Place;
        Sitrep.Text.TextSpan? fallbackSpan = null;
        // a river or a range of several countries is no place an act happened: "shelled positions on the Litani" happened in the
        // river's country; on one of several countries, in the country of the story's towns and provinces, else the target's —
        // never, by a tie of nationalities, the attacker's ("Russian drones attacked boats on the Dnipro …, the Kherson governor
        // said"); and failing those, in the story's, as without a place
        if (place is null && all.Select(m => m.Place).FirstOrDefault(p => p?.Resolved is { } r && IsSpread(r)) is { Resolved: { } spread } spreadMention)
        {
            fallbackSpan = spreadMention.Span;
            place = spread.Country.Length > 0 ? gaz.Country(spread.Country) : null;
            place ??= (NamedCountry(d) is { } named ? gaz.Country(named) : null) ?? (a2?.Value.Country is { } c2 ? gaz.Country(c2) : null);
        }
        // no place in any report of the event, but local witnesses who tell it are somewhere ("Residents of Raqqa said …")
        if (place is null && LocalWitnesses(d, all, fallback?.Country) is { } witnessed)
        {
            place = witnessed.Resolved;
            fallbackSpan = witnessed.Span;
        }
        if (place is null && fallback is { } fb && gaz.Country(fb.Country) is { } countryPlace)
        {
            // no place in any report of the event: the document's country, honestly at region/country precision
            var direction = all.Select(m => DirectionIn(d, m)).FirstOrDefault(x => x is not null);
            place = direction is not null ? gaz.Region(countryPlace, direction, $"{direction} {countryPlace.Name}") : countryPlace;
            fallbackSpan = fb.Span;
        }
        if (place is not null)
        {
            var pm = all.Select(m => m.Place).FirstOrDefault(p => p?.Resolved == place);
            bool near = pm?.Near ?? false;
            int precision = place.Kind switch
            {
                PlaceKind.City or PlaceKind.Landmark => near ? 2 : 1,
                PlaceKind.Admin2 => 2,
                _ => 3,
            };
            var span = pm?.Span ?? all.Select(m => m.Place).FirstOrDefault(p => p is not null && !(p.Resolved is { } r && IsSpread(r)))?.Span ?? g.PlaceEvidence ?? fallbackSpan ?? primary.M.Trigger;
            // known only by its province: ACLED codes the provincial capital, at precision 3
            var point = place.Kind == PlaceKind.Admin1 && gaz.SeatOf(place) is { } seat ? seat : place;
            location = new Evidenced<EventLocation>(new EventLocation(place, precision, place.Name, point.Lat, point.Lon), span);
            // a state's forces acting abroad are external forces (ACLED inter 8)
            // only a country's own forces regain its territory; foreign forces taking ground is a take-over (ACLED)
            if (type.SubType == "Government regains territory" && a1?.Value is { Country: { } c1 } && c1 != place.Country)
                type = type with { SubType = "Non-state actor overtakes territory" };
            // people in a protest are protesters (ACLED inter 6), named for the country
            if (type.Type is EventType.Protests or EventType.Riots && a1?.Value is { Inter: 7 or null, Country: null } && gaz.Country(place.Country) is { } pc)
                a1 = a1.Value with { Value = new Actor($"{(type.Type == EventType.Riots ? "Rioters" : "Protesters")} ({pc.Name})", place.Country, type.Type == EventType.Riots ? 5 : 6, null) };
            a1 = Abroad(Localise(a1, place.Country, gaz), place.Country);
            a2 = Abroad(Localise(a2, place.Country, gaz), place.Country);
        }

        // the main report's own figure; else the most conservative of the others (partial counts like "two soldiers" are not totals)
        // (of several tolls the smallest, but one report's "no one was killed" is no toll of another's "killing 2 people")
        var killed = primary.M.Killed is { Count: > 0 } pk ? pk
            : all.Where(m => m.Killed is not null).Select(m => m.Killed!).OrderBy(k => k.Count == 0).ThenBy(k => k.Count).FirstOrDefault();
        Evidenced<int>? fatalities = killed is null ? null : new Evidenced<int>(killed.Count, killed.Span);
        // ACLED counts the perpetrators of a suicide attack among its dead: "blew himself up …, killing 21" is 22
        if (fatalities is { } f && type.SubType == "Suicide bomb" && SuicideBombers(d, primary.M.SentenceIndex, killed!) is > 0 and var bombers)
            fatalities = f with { Value = f.Value + bombers };
        var target = all.Select(m => m.TargetWeapon).FirstOrDefault(w => w is not null);
        if (fatalities is null && type.SubType == "Disrupted weapons use" && target is { Class: WeaponClass.Drone or WeaponClass.Missile or WeaponClass.Rocket })
            fatalities = new Evidenced<int>(0, target.Span); // an unmanned munition brought down kills no one on board
        var injured = all.Select(m => m.Injured).FirstOrDefault(x => x is not null);
        var weapon = primary.M.Weapon ?? all.Select(m => m.Weapon).FirstOrDefault(w => w is not null);

        var sources = all.SelectMany(m => m.Sources).GroupBy(s => s.Name).Select(grp => new Evidenced<string>(grp.Key, grp.First().Span)).ToImmutableArray();
        var evidence = new List<TextSpan> { d.Sentences[primary.M.SentenceIndex].Span };
        foreach (var m in all.OrderBy(m => m.InHeading).ThenBy(m => m.Trigger.Start))
        {
            var span = d.Sentences[m.SentenceIndex].Span;
            if (!evidence.Contains(span)) evidence.Add(span);
        }

        double confidence = 0.35 + (a1 is not null ? 0.15 : 0) + (location is not null ? 0.15 : 0) + (dated is not null ? 0.15 : 0)
                            + (a2 is not null ? 0.05 : 0) + (g.Mentions.Count > 1 ? 0.1 : 0) - (primary.M.Flags.HasFlag(TriggerFlags.Weak) ? 0.1 : 0);
        return new CodedEvent
        {
            Id = "",
            Type = type,
            Modality = g.Modality,
            Date = dated?.Date?.Value,
            DateSpan = dated?.Date?.Span,
            DateNote = dateNote,
            DayNamed = dated?.Date is { } dm && dm.Value is { Precision: DatePrecision.Day } dmv && dmv.Start == dmv.End && !dm.IsDateline && !AtNight(d, dm),
            // (a story that comes back to the act in a sentence of its own reports it)
            Context = g.Mentions.All(x => x.M.Context),
            Actor1 = a1,
            Actor2 = a2,
            Location = location,
            Fatalities = fatalities,
            Injured = injured is null ? null : new Evidenced<int>(injured.Count, injured.Span),
            Weapon = weapon is null ? null : new Evidenced<string>(weapon.Name, weapon.Span),
            Sources = sources,
            Evidence = [.. evidence],
            Confidence = Math.Round(Math.Clamp(confidence, 0.05, 0.95), 2),
        };
    }

    /// <summary>"troops", "police" with no country named: the forces of the country where it happened.</summary>
    private static Evidenced<Actor>? Localise(Evidenced<Actor>? a, string country, Gazetteer gaz)
    {
        if (a is not { } v || v.Value.Country is not null || v.Value.Inter != 1 || gaz.Country(country) is not { } c) return a;
        return v with { Value = v.Value with { Name = $"{v.Value.Name} of {c.Name}", Country = country } };
    }

    private static Evidenced<Actor>? Abroad(Evidenced<Actor>? a, string country)
    {
        if (a is not { } v || v.Value.Inter != 1 || v.Value.Country is null || v.Value.Country == country) return a;
        return v with { Value = v.Value with { Inter = 8 } };
    }
}
