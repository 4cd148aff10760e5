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
/// Attaches arguments within the trigger's sentence by shallow syntax: actor1 is the nearest actor before the trigger
/// (or after "by" in the passive), actor2 the first after it; actors inside "in support of X" or inside the speaker's
/// phrase are skipped; the location is the place introduced by a locative preposition, most specific first.
/// </summary>
public sealed class ArgumentAttachmentStage : IPipelineStage
{
    public string Name => "arguments";
    public Annotations Requires => Annotations.EventMentions | Annotations.Actors | Annotations.Places | Annotations.Dates | Annotations.Weapons | Annotations.Casualties | Annotations.Sources | Annotations.ResolvedDates | Annotations.Geocoded;
    public Annotations Provides => Annotations.Arguments;

    private static readonly FrozenSet<string> ModifierPrepositions = FrozenSet.ToFrozenSet(
        ["of", "for", "with", "behalf", "by", "backed", "support", "including", "like", "among", "allied", "loyal", "to"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Locatives = FrozenSet.ToFrozenSet(
        ["in", "near", "at", "outside", "around", "of", "into", "across", "inside", "on", "from", "towards", "toward", "southern", "northern", "eastern", "western", "central", "throughout", "over", "through", "along", "within", "off"],
        StringComparer.Ordinal);

    public Document Run(Document d, StageContext context)
    {
        var nouns = context.Resources.Nouns;
        var modifiedNouns = nouns.Of(WordClasses.ModifiedNoun);
        // (the places do not change in this stage: one vote per story, not one per place and trigger)
        var storyCountry = StoryCountry.Plurality(d);
        var result = ImmutableArray.CreateBuilder<EventMention>(d.EventMentions.Length);
        foreach (var m in d.EventMentions)
        {
            var s = d.Sentences[m.SentenceIndex];
            var sources = d.Sources.Where(x => x.SentenceIndex == m.SentenceIndex).ToImmutableArray();
            // ("…, police said": the speaker of the report is no party to it)
            var actors = d.Actors.Where(a => a.FirstToken >= s.FirstToken && a.EndToken <= s.EndToken && !InsideAny(a.Span, sources) && !IsModifier(d, a, s, modifiedNouns)
                                             && !(a.EndToken < s.EndToken && (IsReportingVerb(d.Key(a.EndToken)) || d.Key(a.EndToken) == "claimed") && a.FirstToken > s.FirstToken && d.Key(a.FirstToken - 1) is "," or "and")).ToList();
            int trig = m.TriggerToken, trigEnd = m.TriggerToken + m.TriggerLength;
            // ("The monitoring group which relies on activists inside Syria said the clashes …": who the speaker relies on
            // is part of the speaker's clause, not a side of what is reported)
            actors.RemoveAll(a => a.EndToken <= trig && sources.Any(x => InSpeakerClause(d, a, x, trig)));
            bool passive = IsPassive(d, m, s.FirstToken);

            // civilians are victims, never the side that acts in political violence (ACLED): skip them for actor1
            bool civilAct = m.Type.Type is EventType.Protests or EventType.Riots;
            // ("regime forces, supported by Russian airstrikes, regained": the supporter is not the one who acts)
            // a monitor or an outlet ("the Syrian Observatory for Human Rights which tracks the violence said …", "SANA") reports
            // the fighting and takes no part in it: no perpetrator of political violence
            bool violent = m.Type.Type is EventType.Battles or EventType.Explosions or EventType.ViolenceAgainstCivilians;
            ActorMention? left = actors.LastOrDefault(a => a.EndToken <= trig && (civilAct || a.Actor.Inter != 7) && !Supporting(d, a, s.FirstToken) && !(violent && Observer(a.Actor)));
            // "government forces and the Giants Brigades regained control": the first of coordinated subjects leads
            if (left is not null && left.FirstToken > s.FirstToken + 1 && (d.Key(left.FirstToken - 1) == "and" || d.Key(left.FirstToken - 1) == "the" && d.Key(left.FirstToken - 2) == "and"))
            {
                int and = d.Key(left.FirstToken - 1) == "and" ? left.FirstToken - 1 : left.FirstToken - 2;
                var first = actors.LastOrDefault(a => a.EndToken == and && (civilAct || a.Actor.Inter != 7));
                if (first is not null) left = first;
            }
            // the agent after "by": right after a noun ("a strike by the US"), within the clause after a passive verb
            int byReach = m.Nominal ? 2 : 8;
            ActorMention? byAgent = actors.FirstOrDefault(a => a.FirstToken > trigEnd && a.FirstToken - trigEnd <= byReach && !(violent && Observer(a.Actor))
                && (d.Key(a.FirstToken - 1) == "by" || (d.Key(a.FirstToken - 2) == "by" && d.Key(a.FirstToken - 1) is "the" or "a" or "an")));
            // "the strikes on Atareb had been carried out by Syrian warplanes": the act's noun is the subject of a passive that names its agent
            if (m.Nominal && byAgent is null)
                byAgent = actors.FirstOrDefault(a => a.FirstToken > trigEnd && a.FirstToken - trigEnd <= 10 && !(violent && Observer(a.Actor))
                    && (d.Key(a.FirstToken - 1) == "by" ? a.FirstToken - 2 : d.Key(a.FirstToken - 2) == "by" && d.Key(a.FirstToken - 1) is "the" or "a" or "an" ? a.FirstToken - 3 : -1) is var v
                    && v > trigEnd && (d.Key(v) is "conducted" or "launched" or "perpetrated" or "committed" or "staged" or "mounted" || d.Key(v) == "out" && d.Key(v - 1) == "carried")
                    // (a finite passive only: "an air strike on a rally staged by opposition supporters" describes the rally)
                    && (d.Key(v) == "out" ? v - 2 : v - 1) is var aux && aux > trigEnd && d.Key(aux) is "was" or "were" or "been" or "is" or "are"
                    && !Enumerable.Range(trigEnd, v - trigEnd).Any(k => d.Tokens[k].Kind == TokenKind.Punctuation));
            ActorMention? right = actors.FirstOrDefault(a => a.FirstToken >= trigEnd && a != byAgent);
            ActorMention? a1, a2;
            if (passive) { a1 = byAgent; a2 = left; }
            else if (m.Nominal && byAgent is not null) { a1 = byAgent; a2 = right ?? (left != byAgent ? null : null); }
            else { a1 = left; a2 = right; }
            if (a1 is not null && a2 is not null && SameActor(a1, a2)) a2 = null;

            var weapons = d.Weapons.Where(w => w.FirstToken >= s.FirstToken && w.EndToken <= s.EndToken).ToList();
            WeaponMention? target = null;
            if (m.Flags.HasFlag(TriggerFlags.Seize) || m.Flags.HasFlag(TriggerFlags.Territory))
            {
                // "seized 12 firearms" / "12 firearms … were seized": what is taken is the object, or the subject of a passive
                target = passive
                    ? weapons.LastOrDefault(w => w.EndToken <= trig && trig - w.EndToken <= 10)
                    : weapons.FirstOrDefault(w => w.FirstToken >= trigEnd && w.FirstToken - trigEnd <= 8 && IsObject(d, m, trigEnd, w.FirstToken, allowCounts: true));
                // taking ground may take the enemy's tanks with it; only arms and explosives make a seizure of weapons
                if (target is { Class: WeaponClass.Armour or WeaponClass.Aircraft or WeaponClass.Naval } && !m.Flags.HasFlag(TriggerFlags.Seize)) target = null;
                if (target is not null && m.Flags.HasFlag(TriggerFlags.Ordnance) && target.Class is not (WeaponClass.Ied or WeaponClass.Explosive or WeaponClass.Grenade or WeaponClass.Suicide)) target = null;
            }
            else if (m.Flags.HasFlag(TriggerFlags.Intercept) || m.Type.SubType == "Disrupted weapons use")
                target = weapons.FirstOrDefault(w => w.FirstToken >= trigEnd && w.FirstToken - trigEnd <= 4 && w.Class is WeaponClass.Drone or WeaponClass.Missile or WeaponClass.Rocket or WeaponClass.Aircraft
                                                     && IsObject(d, m, trigEnd, w.FirstToken));
            var weapon = weapons.Where(w => w != target && !w.Span.Overlaps(m.Trigger) || (w.Span.Overlaps(m.Trigger) && w != target))
                                .OrderBy(w => w.EndToken <= trig ? trig - w.EndToken : w.FirstToken - trigEnd + 2).FirstOrDefault();

            var place = ChoosePlace(d, m, s, actors, sources, nouns, context.Resources.Gazetteer, storyCountry);
            var date = d.Dates.Where(x => x.FirstToken >= s.FirstToken && x.EndToken <= s.EndToken && x.Expression.Kind is not (DateExpressionKind.Duration or DateExpressionKind.Since) && !x.IsDateline
                                          && !InClauseOfAnotherAct(d, m, actors, x))
                              .OrderBy(x => Math.Abs(x.FirstToken - trig)).FirstOrDefault();
            var cas = d.Casualties.Where(c => c.FirstToken >= s.FirstToken && c.EndToken <= s.EndToken).ToList();
            // "… near Afrin. 3 fighters were killed." / "No casualties reported.": a following sentence that only counts victims
            if (cas.Count == 0 && !m.InHeading)
            {
                cas = FollowingCount(d, m.SentenceIndex, date?.Value);
                // "… hit a crowded market on Monday. At least 12 people were killed in Atareb.": the count places an unplaced act
                if (cas.Count > 0 && place is null) place = CountPlace(d, d.Sentences[m.SentenceIndex + 1]);
            }
            result.Add(m with
            {
                Actor1 = a1,
                Actor2 = a2,
                TargetWeapon = target,
                Weapon = weapon,
                Place = place,
                Date = date,
                Killed = Killed(d, cas),
                Injured = cas.FirstOrDefault(c => c.Kind == CasualtyKind.Injured),
                Sources = sources,
            });
        }
        return d with { EventMentions = result.ToImmutable() };
    }

    /// <summary>
    /// The place of a bare count of victims ("At least 12 people were killed in Atareb"): introduced by a preposition, within
    /// the count's own clause (before a comma or "according to", and outside the speaker: "…, according to the Observatory, a
    /// group based in Britain", "…, officials in Kabul said").
    /// </summary>
    private static PlaceMention? CountPlace(Document d, Sentence s)
    {
        int clauseEnd = s.EndToken;
        for (int k = s.FirstToken; k < s.EndToken; k++)
            if (d.Key(k) is "," or "according" or ";") { clauseEnd = k; break; }
        return d.Places.FirstOrDefault(p => p.FirstToken >= s.FirstToken && p.EndToken <= clauseEnd && p.Resolved is { } r && !EventAssemblyStage.IsSpread(r) && !p.IsDemonym && !p.Modifier
                                            && !d.Sources.Any(x => x.Span.Contains(p.Span))
                                            && (p.Direction is not null || p.FirstToken > s.FirstToken && d.Key(p.FirstToken - 1) is "in" or "near" or "at" or "outside" or "around"));
    }

    private static List<CasualtyMention> FollowingCount(Document d, int sentence, DateValue? act)
    {
        int next = sentence + 1;
        if (next >= d.Sentences.Length || d.Sentences[next].BlockIndex != d.Sentences[sentence].BlockIndex) return [];
        var ns = d.Sentences[next];
        // ("… on Wednesday. A day earlier 3 soldiers were killed there": the count of an earlier day is another act's — not a
        // day in a clause about a victim, "… including 2 lawmakers who had returned from Nairobi on Tuesday")
        if (act is { } day && d.Dates.Any(x => x.FirstToken >= ns.FirstToken && x.EndToken <= ns.EndToken && EventAssemblyStage.EarlierDayThan(d, x, day)
                && !Enumerable.Range(ns.FirstToken, Math.Max(0, x.FirstToken - ns.FirstToken)).Any(k => d.Key(k) is "who" or "which" or "whom" or "whose" or "including" or "among")))
            return [];
        var counts = d.Casualties.Where(c => c.FirstToken >= ns.FirstToken && c.EndToken <= ns.EndToken).ToList();
        if (counts.Count == 0) return counts;
        int countEnd = counts.Max(c => c.EndToken);
        foreach (var o in d.EventMentions)
        {
            if (o.SentenceIndex != next) continue;
            // only bare counts of victims: "3 fighters were killed", no new perpetrator, weapon or place; "… killed in the
            // fighting", "in clashes", "in the blast" name the act of the sentence before
            if (o.Type.Type == EventType.ViolenceAgainstCivilians && o.Type.SubType == "Attack") continue;
            if (o.Nominal && o.TriggerToken >= countEnd - 1 && o.TriggerToken > ns.FirstToken && d.Key(o.TriggerToken - 1) is "the" or "in" or "during" or "clashes") continue;
            if (o.TriggerToken >= countEnd && o.Nominal) continue;
            return [];
        }
        // a weapon told before the count belongs to a new act; one after it ("amid renewed drone activity") is context
        if (d.Weapons.Any(w => w.FirstToken >= ns.FirstToken && w.EndToken <= countEnd)) return [];
        return counts;
    }

    private static bool SameActor(ActorMention a, ActorMention b) => a.Actor == b.Actor || a.Span == b.Span;

    private static bool InsideAny(TextSpan span, ImmutableArray<SourceMention> sources)
    {
        foreach (var s in sources) if (s.Span.Contains(span)) return true;
        return false;
    }

    /// <summary>The weapon is the trigger's object: only determiners and modifiers between ("shot down a pro-regime drone", "a strike on the drone").</summary>
    private static bool IsObject(Document d, EventMention m, int from, int to, bool allowCounts = false)
    {
        for (int k = from; k < to; k++)
        {
            var key = d.Key(k);
            if (key is "on" or "against" && m.Nominal && k == from) continue;
            // "seized seven pistols, 31 magazines and …", "a cache of ammunition"
            if (allowCounts && (key is "," or "and" or "of" or "over" or "about" or "some" or "around" || d.Tokens[k].Kind == TokenKind.Number)) continue;
            if (d.Tokens[k].Kind == TokenKind.Punctuation || key is "that" or "which" or "who" or "by" or "from" or "with" or "in" or "at" or "near" or "of" or "on" or "and" or "as" or "after" or "while") return false;
        }
        return true;
    }

    /// <summary>Actors inside "in support of X", "a spokesman for X", "backed by X" modify another noun.</summary>
    private static bool IsModifier(Document d, ActorMention a, Sentence s, FrozenSet<string> modifiedNouns)
    {
        // "an Israeli vehicle", "the Pakistan Stock Exchange building": a nationality describing a civilian thing, no party
        for (int j = a.EndToken; j < Math.Min(s.EndToken, a.EndToken + 4); j++)
        {
            if (modifiedNouns.Contains(d.Key(j))) { if (a.Actor.Inter is 1 or null && a.EndToken - a.FirstToken == 1) return true; break; }
            if (!(d.Tokens[j].Kind == TokenKind.Word && d.IsCapitalised(j))) break;
        }
        int k = a.FirstToken - 1;
        if (k >= s.FirstToken && d.Key(k) is "the" or "a" or "an") k--;
        if (k < s.FirstToken) return false;
        var prev = d.Key(k);
        if (prev == "of" && k - 1 >= s.FirstToken && d.Key(k - 1) is "town" or "city" or "village") return false;
        // "of" after a trigger noun introduces its object ("the shelling of rebels") — keep it
        if (prev == "of" && k - 1 >= s.FirstToken && d.EventMentions.Any(e => e.TriggerToken + e.TriggerLength - 1 == k - 1)) return false;
        // "with" right after a battle trigger names the other side ("clashed with Turkish troops"), not a companion
        if (prev == "with" && k - 1 >= s.FirstToken && d.EventMentions.Any(e => e.TriggerToken + e.TriggerLength - 1 == k - 1 && e.Type.Type == EventType.Battles)) return false;
        return ModifierPrepositions.Contains(prev) && prev != "by";
    }

    private static bool IsPassive(Document d, EventMention m, int first)
    {
        if (m.Nominal) return false;
        var key = d.Key(m.TriggerToken);
        if (!(key.EndsWith("ed", StringComparison.Ordinal) || key is "shot" or "hit" or "struck" or "fought" or "downed" or "overrun" or "taken" or "seized" or "killed" or "held" or "beaten" or "stolen" or "thrown" or "driven" or "blown" or "slain" or "burnt" or "shot dead")) return false;
        for (int k = m.TriggerToken - 1; k >= Math.Max(first, m.TriggerToken - 3); k--)
        {
            var p = d.Key(k);
            if (p is "was" or "were" or "been" or "being" or "is" or "are" or "be" or "got" or "get") return true;
            if (p is not ("reportedly" or "allegedly" or "also" or "later" or "subsequently" or "then" or "apparently" or "all" or "both" or "not")) return false;
        }
        return false;
    }

    private static PlaceMention? ChoosePlace(Document d, EventMention m, Sentence s, List<ActorMention> actors, ImmutableArray<SourceMention> sources, WordClasses nouns, Gazetteer gaz,
        string? storyCountry)
    {
        var objectFillers = nouns.Of(WordClasses.ObjectFiller);
        var facilities = nouns.Of(WordClasses.Facility);
        var parts = nouns.Of(WordClasses.PlacePart);
        var timeAmounts = nouns.Of(WordClasses.TimeAmount);
        PlaceMention? best = null, bestPlaced = null, spread = null;
        double bestScore = double.NegativeInfinity, bestPlacedScore = double.NegativeInfinity;
        var local = new List<PlaceMention>();
        foreach (var p in d.Places) if (p.FirstToken >= s.FirstToken && p.EndToken <= s.EndToken) local.Add(p);
        if (local.Count == 0) return null;
        var capitals = CapitalPhrases(d, s, gaz, local, nouns.Of(WordClasses.CapitalQualifier));
        foreach (var p in capitals.Count == 0 ? local : [.. local, .. capitals])
        {
            if (InsideAny(p.Span, sources) || p.IsDemonym || p.Modifier) continue;
            // (a river names no place an act happened: its point is its mouth — "withdrew across the Dnipro from Kherson"; nor
            // does a mountain range of several countries; either stands for the event's place only when the sentence names no
            // other, and then as a country, see EventAssemblyStage)
            if (p.Resolved is { } wide && EventAssemblyStage.IsSpread(wide)) { spread ??= p; continue; }
            // "Washington crossed red lines", "Moscow's planned truce": a place acting or owning is a government, not where it happened
            if (!capitals.Contains(p) && IsMetonymy(d, p, s, parts, nouns, storyCountry)) continue;
            // "in Syria's Aleppo", "near Syrias second city Aleppo": the possessor qualifies the place it owns, which takes its preposition
            PlaceMention? owner = null;
            bool owns = false;
            foreach (var o in local)
            {
                if (o == p) continue;
                // (an owned name the resolver could not place leaves the owner as the place: "in Beirut's Ashrafiyeh district")
                if (o.Resolved is not null && OwnerOf(d, p, o, s) || SectionOf(d, o, p)) owns = true;
                if (owner is null && (OwnerOf(d, o, p, s) || SectionOf(d, p, o))) owner = o;
            }
            if (owns) continue;
            // "Jabhat Fatah al-Sham (banned in Russia)", "a terrorist group outlawed in Russia", "the Observatory, based in Britain":
            // a place that describes a group, not the act ("a rally banned in Moscow", "U.S. troops based in Syria" are the act's)
            if (p.FirstToken - 3 >= s.FirstToken && d.Key(p.FirstToken - 1) == "in" && DescribesAGroup(d, p.FirstToken - 2, s.FirstToken, actors, sources)) continue;
            // "hit a school in west Aleppo a day after dozens were killed in Idlib": a place past "a day after" is the context's
            if (p.FirstToken > m.TriggerToken && ContextOpenerBetween(d, m.TriggerToken + 1, p.FirstToken, timeAmounts)) continue;
            // a country named as an actor ("the United States launched") is not where it happened — but "over Syria", "in Syria" is
            if (!(p.Resolved is { Kind: PlaceKind.Country } && p.FirstToken > s.FirstToken && d.Key(p.FirstToken - 1) is "in" or "over" or "inside" or "across" or "throughout")
                && d.Actors.Any(a => a.Span == p.Span || (a.Span.Contains(p.Span) && !p.Span.Contains(a.Span)))) continue;
            double score = 0;
            int before = Math.Min((owner ?? p).FirstToken, p.FirstToken) - 1;
            // ("in the government-held Salah Eddin neighbourhood": the preposition reaches over the phrase's modifiers to a part of
            // a town — but "at the Lekki toll gate" names a facility, whose town is named after it)
            // ("in the Damascus suburb of Douma" names the whole before its part: the preposition is Douma's)
            // ("on the Kafr Nabl front in southern Idlib": the front named after a town is fought at the town)
            if (p.EndToken < s.EndToken && (SectionNoun(d.Key(p.EndToken)) || d.Key(p.EndToken) is "front" or "frontline" or "axis")
                && !local.Any(o => o.FirstToken == p.EndToken + 2 && d.Key(p.EndToken + 1) == "of" && !SectionOf(d, p, o)))
                for (int k = before, steps = 0; k > s.FirstToken && steps < 4 && !Locatives.Contains(d.Key(before)); k--, steps++)
                {
                    if (!(NounPhraseModifiers.Contains(d.Key(k)) || d.Places.Any(q => q.IsDemonym && q.FirstToken <= k && k < q.EndToken))) break;
                    if (Locatives.Contains(d.Key(k - 1))) before = k - 1;
                }
            // ("fired from Tal Abyad", "crossed from Syria": where it came from is not where it happened)
            // ("in Sirwah district, west of Marib": a place after "west of" is where the distance is measured from; alone, the
            // act happened near it)
            // ("in the east of Aleppo" names a part of Aleppo)
            bool directionOf = before - 1 >= s.FirstToken && d.Key(before) == "of" && Geocoding.ToponymResolver.Compass(d.Key(before - 1))
                && !(before - 2 >= s.FirstToken && d.Key(before - 2) == "the");
            if (before >= s.FirstToken && (Locatives.Contains(d.Key(before)) || p.Direction is not null))
                score += d.Key(before) == "from" && Origin(d, before, s.FirstToken) || directionOf || Posted(d, before, s.FirstToken) ? 1 : 3;
            // the object of the act is where it happened: "captured Al-Hazm, the capital of Al Jawf", "shelled Tal Rifaat and
            // nearby villages in northern Aleppo", "entered the town of Kidal"
            else if (!m.Nominal && p.FirstToken > m.TriggerToken && p.FirstToken - (m.TriggerToken + m.TriggerLength) <= 3
                     && Enumerable.Range(m.TriggerToken + m.TriggerLength, p.FirstToken - m.TriggerToken - m.TriggerLength).All(k => objectFillers.Contains(d.Key(k))))
                score += 3;
            score += p.Direction is not null ? 1 : p.Resolved is { } r ? SpecificityOf([r]) : SpecificityOf(p.Candidates) - 1;
            // "Al-Karama square in As-Suwayda city", "Ghwayran prison in Al-Hasakah": a facility's name; the town after it places the event
            // (but a neighbourhood the gazetteer knows is a place of its own: "al-Ashrafiyeh neighborhood in Aleppo")
            if (p.EndToken + 1 < s.EndToken && facilities.Contains(d.Key(p.EndToken)) && d.Key(p.EndToken + 1) is "in" or "of" or "," or "near"
                && !(p.Resolved?.FeatureCode == "PPLX" && SectionNoun(d.Key(p.EndToken)))) score -= 4;
            // (a place the sentence names outranks one it describes: "near the Syrian capital … in Eastern Ghouta")
            if (capitals.Contains(p)) score -= 1;
            int dist = p.FirstToken >= m.TriggerToken ? p.FirstToken - m.TriggerToken : m.TriggerToken - p.EndToken;
            score -= dist * 0.02;
            // "a village 30 km north of Aleppo" happened near Aleppo (ACLED's precision 2); "al-Zahraa district of Homs, 162 km
            // north of Damascus" did not happen near Damascus at all
            var candidate = directionOf ? p with { Near = true } : p;
            if (KmFromReference(d, p, s.FirstToken) is double km)
            {
                if (km > 50) continue;
                candidate = p with { Near = true };
            }
            if (score > bestScore) { bestScore = score; best = candidate; }
            if (candidate.Resolved is not null && score > bestPlacedScore) { bestPlacedScore = score; bestPlaced = candidate; }
        }
        // a name the resolver could place nowhere yields to a placed one of the same sentence in the story's country: "in Khor
        // Maksar, Aden" happened in Aden, not somewhere in Yemen (but not to Fars province for "Fars News Agency" in Syria)
        if (best is { Resolved: null, Direction: null } && bestPlaced?.Resolved is { } placed && placed.Country == storyCountry) return bestPlaced;
        return best ?? spread;
    }

    /// <summary>
    /// Actor <paramref name="a"/> stands between speaker <paramref name="x"/> and the speaker's reporting verb, which comes
    /// before the trigger at <paramref name="trig"/>: "The group, which relies on activists inside Syria, said …".
    /// </summary>
    private static bool InSpeakerClause(Document d, ActorMention a, SourceMention x, int trig)
    {
        if (x.Span.End > a.Span.Start) return false;
        // (the clause describes the speaker: "which", "who" or "whose" right after it — "According to police, the gunmen, who
        // told passengers …, killed 28" names the gunmen after the speaker, not in its clause)
        int after = a.FirstToken;
        while (after > 0 && d.Tokens[after - 1].Start >= x.Span.End) after--;
        if (after < d.Tokens.Length && d.Key(after) == ",") after++;
        if (after >= d.Tokens.Length || d.Key(after) is not ("which" or "who" or "whose" or "that")) return false;
        int k = a.FirstToken - 1;
        while (k >= 0 && d.Tokens[k].Start >= x.Span.End) { if (IsReportingVerb(d.Key(k))) return false; k--; }
        for (k = a.EndToken; k < trig; k++) if (IsReportingVerb(d.Key(k))) return true;
        return false;
    }

    private static bool IsReportingVerb(string key) => key is "said" or "says" or "told" or "reported" or "added" or "stated";

    /// <summary>
    /// "Sheikh Maqsoud neighbourhood of Aleppo", "the Salaheddin district in Aleppo": a part of a city named with it — when the
    /// part was placed inside the whole (a namesake elsewhere is a wrong reading, and the city is then the better place), and is
    /// a part: a neighbourhood, a district or a smaller town ("the Damascus suburb of Douma" names Douma, not a part of it).
    /// </summary>
    private static bool SectionOf(Document d, PlaceMention section, PlaceMention city) =>
        section.Resolved is { } part && city.Resolved is { } whole && city.FirstToken == section.EndToken + 2
        && (part.Kind is PlaceKind.Landmark or PlaceKind.Admin2 || part.Kind == PlaceKind.City && whole.Kind != PlaceKind.Landmark && part.Population < whole.Population)
        && SectionNoun(d.Key(section.EndToken)) && d.Key(section.EndToken + 1) is "of" or "in"
        && (whole.Kind is PlaceKind.Admin1 or PlaceKind.Admin2 ? part.Country == whole.Country && part.Admin1 == whole.Admin1 : part.DistanceKm(whole) < 30);

    /// <summary>A noun naming a part of a town: "neighbourhood", "district", "quarter", "suburb".</summary>
    private static bool SectionNoun(string key) => key is "neighbourhood" or "neighborhood" or "district" or "quarter" or "suburb";

    private static readonly FrozenSet<string> NounPhraseModifiers = FrozenSet.ToFrozenSet(
        ["the", "-", "held", "controlled", "besieged", "run", "rebel", "regime", "government", "opposition", "residential", "densely", "populated", "crowded", "busy", "old"],
        StringComparer.Ordinal);

    /// <summary>
    /// Whether <paramref name="owner"/> is a possessive ("Syria's", or "Syrias" in text stripped of apostrophes) opening the noun
    /// phrase of <paramref name="owned"/>: "Syria's Aleppo", "Syria's second city Aleppo", "Syrias long-divided Aleppo".
    /// </summary>
    private static bool OwnerOf(Document d, PlaceMention owner, PlaceMention owned, Sentence s)
    {
        int k = owner.EndToken;
        if (!owner.Possessive)
        {
            if (k >= s.EndToken || d.Key(k) != "'s") return false;
            k++;
        }
        if (owned.FirstToken < k || owned.FirstToken - k > 3) return false;
        for (int t = k; t < owned.FirstToken; t++)
            if (d.Tokens[t].Kind != TokenKind.Word || d.IsCapitalised(t) || d.Key(t) is "and" or "or" or "to" or "in" or "on" or "at" or "of" or "from" or "near") return false;
        return true;
    }

    /// <summary>
    /// "the Syrian capital", "Yemen's capital", "the capital of Mali" with no name after them: the country's capital city, as a
    /// place of the sentence ("the Syrian capital Damascus" names it itself).
    /// </summary>
    private static List<PlaceMention> CapitalPhrases(Document d, Sentence s, Gazetteer gaz, List<PlaceMention> local, FrozenSet<string> qualifiers)
    {
        List<PlaceMention>? found = null;
        foreach (var p in local)
        {
            if (p.EndToken >= s.EndToken || p.Modifier) continue;
            string? country = (p.Resolved ?? p.Candidates.FirstOrDefault()) is { Kind: PlaceKind.Country } c ? c.Country : null;
            if (country is null) continue;
            int first, end;
            if (d.Key(p.EndToken) == "capital") (first, end) = (p.FirstToken, p.EndToken + 1);
            else if (d.Key(p.EndToken) == "'s" && p.EndToken + 1 < s.EndToken && d.Key(p.EndToken + 1) == "capital") (first, end) = (p.FirstToken, p.EndToken + 2);
            else if (!p.IsDemonym && p.FirstToken - 2 >= s.FirstToken && d.Key(p.FirstToken - 1) == "of" && d.Key(p.FirstToken - 2) == "capital") (first, end) = (p.FirstToken - 2, p.EndToken);
            else continue;
            int after = Math.Max(end, p.EndToken);
            if (after < s.EndToken && local.Exists(o => o.FirstToken == after || o.FirstToken == after + 1 && d.Key(after) == ",")) continue;
            if (first > s.FirstToken && d.IsCapitalised(first - 1) && local.Exists(o => o.EndToken == first || o.EndToken == first - 1 && d.Key(first - 1) == ",")) continue;
            if (gaz.CapitalOf(country) is not { } capital) continue;
            // ("the Islamic State group's de facto Syrian capital", "its self-proclaimed capital": not the country's)
            if (Enumerable.Range(Math.Max(s.FirstToken, first - 3), first - Math.Max(s.FirstToken, first - 3)).Any(k => qualifiers.Contains(d.Key(k)))) continue;
            // ("in the Syrian capital": the article belongs to the phrase, so the preposition before it counts)
            if (first > s.FirstToken && d.Key(first - 1) == "the") first--;
            bool near = first > s.FirstToken && d.Key(first - 1) is "near" or "outside" or "around";
            (found ??= []).Add(new PlaceMention(d.SpanOf(first, end), first, end, [capital]) { Resolved = capital, Near = near });
        }
        return found ?? [];
    }

    /// <summary>
    /// "(a day | hours) after", "comes after" opening a clause that tells an earlier incident of its own (a trigger of
    /// political violence before the place: "a day after dozens were killed in airstrikes on a school in Idlib") — not "hours
    /// after Friday prayers in Kabul" or "days after the ceasefire took effect in Aleppo", which only date the act.
    /// </summary>
    private static bool ContextOpenerBetween(Document d, int from, int to, FrozenSet<string> timeAmounts)
    {
        for (int k = Math.Max(from, 1); k < to; k++)
            if (d.Key(k) is "after" or "following" or "before" && (timeAmounts.Contains(d.Key(k - 1)) || d.Key(k - 1) is "comes" or "came" or "come")
                && d.EventMentions.Any(o => o.TriggerToken > k && o.TriggerToken < to && o.Type.Type is EventType.Battles or EventType.Explosions or EventType.ViolenceAgainstCivilians or EventType.Riots)) return true;
        return false;
    }

    /// <summary>The distance in "162 km north of Damascus", "40 miles from Aleppo", or null when the place is not so measured.</summary>
    private static double? KmFromReference(Document d, PlaceMention p, int first)
    {
        int k = p.FirstToken - 1;
        // ("north of the capital Damascus")
        while (k >= first && d.Key(k) is "the" or "capital" or "city" or "town" or "village" or "provincial") k--;
        if (k < first || d.Key(k) is not ("of" or "from")) return null;
        k--;
        if (k >= first && (Geocoding.ToponymResolver.Compass(d.Key(k)) || d.Key(k) == "away")) k--;
        // ("162 kilometers (101 miles) north of")
        if (k >= first && d.Key(k) == ")")
            while (k >= first && d.Key(k) != "(") k--;
        if (k >= first && d.Key(k) == "(") k--;
        if (k < first + 1) return null;
        return Geocoding.ToponymResolver.Kilometres(d, k - 1);
    }

    /// <summary>"(banned in", "group outlawed in", "the Observatory based in": the participle at <paramref name="k"/> describes a group or a monitor.</summary>
    private static bool DescribesAGroup(Document d, int k, int first, List<ActorMention> actors, ImmutableArray<SourceMention> sources)
    {
        if (d.Key(k) is "banned" or "outlawed" or "prohibited" or "proscribed")
            return d.Key(k - 1) is "(" or "group" or "groups" or "organisation" or "organization" or "organisations" or "organizations" or "movement"
                   || d.Key(k - 1) == "is" && d.Key(k - 2) == "which";
        if (d.Key(k) is not ("based" or "headquartered")) return false;
        int before = d.Key(k - 1) == "," ? k - 2 : k - 1;
        return before >= first && (actors.Any(a => a.EndToken == before + 1 && Observer(a.Actor)) || sources.Any(x => x.Span.End == d.Tokens[before].End)
                                   || d.Key(before) is "observatory" or "monitor" or "group" or "ngo" or "organisation" or "organization");
    }

    /// <summary>Human-rights monitors and news media (CAMEO role HRI or MED).</summary>
    private static bool Observer(Actor a) => a.Code is { } c && (c.EndsWith("HRI", StringComparison.Ordinal) || c.EndsWith("MED", StringComparison.Ordinal));

    private static bool Supporting(Document d, ActorMention a, int first) => AfterSupportBy(d, a.FirstToken, first);

    /// <summary>
    /// A month or a year in a clause of another act with a subject of its own ("… which was on the front line before Assad's
    /// forces retook the city in December"): that act's background date, not this act's. A day named there is usually the
    /// day of both ("arrested 15 people after protesters blocked a road on Friday"), and "when"/"while" tell one moment.
    /// </summary>
    private static bool InClauseOfAnotherAct(Document d, EventMention m, IReadOnlyList<ActorMention> actors, DateMention x)
    {
        if (x.Expression.Kind is not (DateExpressionKind.Month or DateExpressionKind.Year)) return false;
        int trigEnd = m.TriggerToken + m.TriggerLength;
        for (int k = trigEnd; k < x.FirstToken; k++)
        {
            if (d.Key(k) is not ("before" or "after" or "until" or "since")) continue;
            return !Enumerable.Range(k + 1, x.FirstToken - k - 1).Any(t => d.Key(t) is "," or ";" or ":")
                && d.EventMentions.Any(o => o.SentenceIndex == m.SentenceIndex && o != m && o.TriggerToken > k && o.TriggerToken < x.FirstToken
                                            && actors.Any(subject => subject.FirstToken > k && subject.EndToken <= o.TriggerToken));
        }
        return false;
    }

    /// <summary>Whether the words before <paramref name="start"/> are "supported by", "backed by" … (a supporting role, not the act).</summary>
    internal static bool AfterSupportBy(Document d, int start, int first)
    {
        for (int k = start - 1; k >= Math.Max(first + 1, start - 3); k--)
            if (d.Key(k) == "by" && d.Key(k - 1) is "supported" or "backed" or "assisted" or "aided" or "covered") return true;
        return false;
    }

    // "rockets fired from Tal Abyad", "smugglers who had crossed from Syria": the origin of a projectile or a crossing
    /// <summary>"terrorists positioned in Bustan al-Qasr fired rockets on al-Midan": where the attackers are posted, not where it happened.</summary>
    private static bool Posted(Document d, int locative, int first) =>
        d.Key(locative) is "in" or "at" or "inside" && locative - 1 >= first
        && (d.Key(locative - 1) is "positioned" or "stationed" or "entrenched" or "deployed" or "based" or "garrisoned"
            || locative - 2 >= first && d.Key(locative - 1) == "up" && d.Key(locative - 2) == "holed");

    private static bool Origin(Document d, int from, int first)
    {
        for (int k = from - 1; k >= Math.Max(first, from - 4); k--)
            if (d.Key(k) is "fired" or "launched" or "crossed" or "came" or "coming" or "infiltrated" or "originating" or "shot") return true;
        return false;
    }

    private static bool IsMetonymy(Document d, PlaceMention p, Sentence s, FrozenSet<string> parts, WordClasses nouns, string? storyCountry)
    {
        if (p.EndToken >= s.EndToken) return false;
        var next = d.Key(p.EndToken);
        // "Moscow's planned truce" is the government's; "Benghazi's Al-Hadaiq area", "Aden's Crater district" are parts of the town
        // (so is "Ankaras offensive" in text stripped of apostrophes)
        if (next == "'s" || p.Possessive)
        {
            int owned = p.Possessive ? p.EndToken : p.EndToken + 1;
            return !(owned < s.EndToken && (d.IsCapitalised(owned) || parts.Contains(d.Key(owned))
                     || owned + 1 < s.EndToken && parts.Contains(d.Key(owned + 1))));
        }
        int before = p.FirstToken - 1;
        bool locative = before >= s.FirstToken && Locatives.Contains(d.Key(before));
        if (locative) return false;
        // "brokered by Moscow", "backed by Washington": the agent of a passive is a government
        if (before >= s.FirstToken && d.Key(before) == "by" && p.Resolved is { Kind: PlaceKind.Country } or { FeatureCode: "PPLC" }) return true;
        bool government = p.Resolved is { Kind: PlaceKind.Country } or { FeatureCode: "PPLC" };
        // "accused Moscow of …", "urged Washington to …": the one addressed is a government
        if (government && before >= s.FirstToken && nouns.Of(WordClasses.AddressVerb).Contains(d.Key(before))) return true;
        // "the deadliest incident for Moscow since it intervened", "a blow for Damascus": a government as the one it matters to (not
        // "the battle for Tripoli", which is fought there)
        if (government && before >= s.FirstToken && d.Key(before) == "for")
        {
            var words = Enumerable.Range(Math.Max(s.FirstToken, before - 4), before - Math.Max(s.FirstToken, before - 4)).Select(d.Key).ToList();
            if (words.Any(w => w is "deadliest" or "worst" or "blow" or "setback" or "loss" or "losses" or "victory" or "boost" or "embarrassment" or "defeat"
                    or "success" or "win" or "incident" or "toll" or "headache")
                && !words.Any(w => w is "battle" or "battles" or "fight" or "fighting" or "offensive" or "war" or "struggle" or "push" or "race" or "assault")) return true;
        }
        // "Moscow vetoed …" and a BEIRUT dateline: a foreign capital as the subject of a verb stands for its government, and a
        // foreign place in a dateline for the bureau (the story's own capital may be where it happened: "Damascus witnessed
        // clashes"; and "missiles struck Kyiv" is an attack on the city)
        if (p.Resolved is { } foreign && foreign.Country != storyCountry
            && (foreign.FeatureCode == "PPLC" && d.Tokens[p.EndToken].Kind == TokenKind.Word && !d.IsCapitalised(p.EndToken) && next.EndsWith("ed", StringComparison.Ordinal)
                || Dateline(d, p, s, nouns.Of(WordClasses.NewsAgency)))) return true;
        return next is "said" or "says" or "has" or "have" or "had" or "is" or "was" or "will" or "would" or "announced" or "accused" or "warned" or "crossed"
            or "denied" or "claimed" or "insisted" or "wants" or "threatened" or "urged" or "called" or "blamed" or "condemned" or "agreed" or "rejected";
    }

    /// <summary>
    /// "BEIRUT (Reuters) -", "Last updated at Jan 20 2015 Beirut Syrian government …", "… in Syria Moscow AFP Saturday 7 Oct 2017":
    /// where the report was filed — a place opening the story's sentence, or one an agency's credit follows.
    /// </summary>
    private static bool Dateline(Document d, PlaceMention p, Sentence s, FrozenSet<string> agencies)
    {
        if (p.EndToken >= s.EndToken) return false;
        // (the credit right after the name, never a preposition before it: "shelled in Kharkiv, Reuters reported" is no dateline)
        bool prepositionBefore = p.FirstToken > s.FirstToken && Locatives.Contains(d.Key(p.FirstToken - 1));
        if (!prepositionBefore && (agencies.Contains(d.Key(p.EndToken)) || d.Key(p.EndToken) == "(" && p.EndToken + 1 < s.EndToken && agencies.Contains(d.Key(p.EndToken + 1)))) return true;
        bool afterDate = d.Dates.Any(x => x.IsDateline && (x.EndToken == p.FirstToken || x.EndToken + 1 == p.FirstToken && d.Key(x.EndToken) is "," or "-"));
        if (d.IsAllCaps(p.FirstToken) && (afterDate || p.FirstToken == s.FirstToken)) return true;
        // (a place in ordinary case opening a sentence is a dateline only for a capital: "Kharkiv, Ukraine's second city, was hit"
        // is the story)
        return p.Resolved is { FeatureCode: "PPLC" } && (afterDate || p.FirstToken == s.FirstToken)
               && (d.Key(p.EndToken) is "(" or "-" or "," || d.Tokens[p.EndToken].Kind == TokenKind.Word && d.IsCapitalised(p.EndToken));
    }

    private static double SpecificityOf(IReadOnlyList<Place> candidates)
    {
        double best = 0;
        foreach (var c in candidates)
        {
            double v = c.Kind switch { PlaceKind.City or PlaceKind.Landmark => 3, PlaceKind.Admin2 => 2, PlaceKind.Admin1 => 1.5, _ => 1 };
            best = Math.Max(best, v);
        }
        return best;
    }

    /// <summary>The sentence's death count: the first one, plus any later one marked as additional ("4 attackers were also killed").</summary>
    private static CasualtyMention? Killed(Document d, List<CasualtyMention> cas)
    {
        var killed = cas.Where(c => c.Kind == CasualtyKind.Killed).ToList();
        if (killed.Count < 2) return killed.FirstOrDefault();
        var first = killed[0];
        int total = first.Count, end = first.EndToken;
        foreach (var more in killed.Skip(1))
        {
            bool also = false;
            for (int t = more.FirstToken; t < more.EndToken && !also; t++) also = d.Key(t) is "also" or "additional" or "further";
            if (!also || more.Count == 0) continue;
            total += more.Count;
            end = more.EndToken;
        }
        return end == first.EndToken ? first : first with { Span = d.SpanOf(first.FirstToken, end), EndToken = end, Count = total };
    }
}
