using System.Collections.Frozen;
using System.Collections.Immutable;
using Sitrep.Events;
using Sitrep.Lexicons;
using Sitrep.Pipeline;
using Sitrep.Text;
using Sitrep.Time;

namespace Sitrep.Extraction.Attribution;

/// <summary>
/// Decides, per trigger, whether it reports an act (actual), a threat, a claim, a denial, something hypothetical or
/// background history, and which triggers make no event of their own: negated, habitual, generic plurals, purposes
/// ("assault to capture"), light verbs before a noun trigger ("launched an air strike"), and "killed" that only
/// counts the victims of another trigger in the sentence.
/// </summary>
public sealed class ModalityStage : IPipelineStage
{
    public string Name => "modality";
    public Annotations Requires => Annotations.Arguments | Annotations.ResolvedDates;
    public Annotations Provides => Annotations.Modality;

    public Document Run(Document d, StageContext context)
    {
        var cues = context.Resources.Cues;
        var nouns = context.Resources.Nouns;
        var mentions = d.EventMentions;
        var result = ImmutableArray.CreateBuilder<EventMention>(mentions.Length);
        // the lead: the first body sentence that tells an act (a dateline line before it tells none)
        int lead = mentions.Where(x => d.Sentences[x.SentenceIndex].Block == BlockKind.Body).Select(x => x.SentenceIndex).DefaultIfEmpty(-1).Min();
        for (int idx = 0; idx < mentions.Length; idx++)
        {
            var m = mentions[idx];
            var s = d.Sentences[m.SentenceIndex];
            var modality = m.Modality;
            string? suppressed = null;
            bool anaphoric = false;
            int t = m.TriggerToken;
            string Prev(int k) => t - k >= s.FirstToken ? d.Key(t - k) : "";

            if (m.Flags.HasFlag(TriggerFlags.Threat)) modality = Modality.Threat;
            else if (m.Flags.HasFlag(TriggerFlags.Claim)) modality = Modality.Claim;

            // the same sentence has a noun trigger right after this light verb: "launched an air strike", "carried out raids"
            var siblings = mentions.Where(o => o.SentenceIndex == m.SentenceIndex && o != m).ToList();
            // ("cleared landmines" is not: the noun is the weapon the verb disrupts)
            // nor a claim of the act ("takes credit for the bombing") nor a verb with a weapon as its own object ("were seized in an operation")
            if (m.Flags.HasFlag(TriggerFlags.Weak) && !m.Nominal && !m.Flags.HasFlag(TriggerFlags.Claim) && m.TargetWeapon is null
                && siblings.Any(o => o.Nominal && o.TriggerToken > t && o.TriggerToken - t <= 4))
                suppressed = "light verb of a following noun trigger";
            // "regime forces, supported by Russian airstrikes, regained control": the support is part of the main act
            if (suppressed is null && m.Nominal && Sitrep.Extraction.Events.ArgumentAttachmentStage.AfterSupportBy(d, t, s.FirstToken))
                suppressed = "support of the main act";
            // "a man accused of being a rapist": the participle describes a person, it attributes no act
            if (suppressed is null && m.Flags.HasFlag(TriggerFlags.Claim) && d.Key(t) is "accused" or "suspected" && t + 1 < s.EndToken && d.Key(t + 1) == "of"
                && t > s.FirstToken && d.Tokens[t - 1].Kind == TokenKind.Word && !(Prev(1) is "was" or "were" or "is" or "are" or "been" or "has" or "have" or "had" or "be" or "being"))
                suppressed = "describes a person";
            // "accused of stealing a motorbike", "suspected of planting the bomb": an allegation about the victim or suspect
            if (suppressed is null && Prev(1) is "of" or "with" && Prev(2) is "accused" or "suspected" or "charged" or "convicted" or "arrested" or "detained")
                suppressed = "the act of an accusation";
            // "… struck a prison. 66 people were killed.": a sentence that only counts victims belongs to the act before it
            if (suppressed is null && m.Type.Type == EventType.ViolenceAgainstCivilians && m.Type.SubType == "Attack" && m.Actor1 is null && !m.Nominal
                && d.Key(t) is "killed" or "died" or "wounded" or "injured" && m.SentenceIndex > 0 && d.Sentences[m.SentenceIndex - 1].BlockIndex == s.BlockIndex
                // ("… were also killed yesterday when the air force pounded Al-Maghayer": the victims of another act the sentence tells;
                // "killed in the double bombing" names the act before, and "40 were killed on Sunday when the gunmen opened fire" retells it)
                && !(siblings.Any(o => !o.Nominal && CountsVictimsOf(d, o))
                     && Enumerable.Range(s.FirstToken, t - s.FirstToken).Any(k => d.Key(k) is "also" or "another" or "separately" or "separate" or "meanwhile" or "elsewhere"))
                && result.Any(o => o.SentenceIndex == m.SentenceIndex - 1 && o.Suppressed is null && o.Type.IsPoliticalViolenceOrDemonstration
                                   // ("… died in the attack. 39 people were killed in the bombing at a school in Homs today": the
                                   // count that places and dates an act the sentence before only names is its report)
                                   && !(m.Place is not null && o.Place is null && o.Date is null)
                                   // ("… killed 12 in Idlib. On Tuesday, barrel bombs killed 8 people in Douma": a count whose sentence
                                   // tells its own act — a trigger or a weapon as the subject of "killed" — in another town is that act's)
                                   && !(OwnActBefore(d, m, siblings) && TownsApart(m, o))
                                   // ("… on Wednesday. On Monday al-Shabaab killed 3 soldiers", "The previous day 9 people were killed": an
                                   // earlier day the count names, not the day it was told, is another act)
                                   && !EarlierDay(d, m, o)))
            {
                suppressed = "victims of the previous sentence's act";
                // "… died in the attack in the Akrameh neighbourhood. 39 people were killed in the double bombing … today": the count
                // dates the act the sentence before only places
                int act = result.Count - 1;
                while (act >= 0 && !(result[act].SentenceIndex == m.SentenceIndex - 1 && result[act].Suppressed is null && result[act].Type.IsPoliticalViolenceOrDemonstration
                                     && !(OwnActBefore(d, m, siblings) && TownsApart(m, result[act])) && !EarlierDay(d, m, result[act]))) act--;
                if (act >= 0 && result[act].Date is null && m.Date is not null) result[act] = result[act] with { Date = m.Date };
            }
            // "an earthquake struck the island", "floods hit the region": the verb belongs to the disaster
            if (suppressed is null && !m.Nominal && siblings.Any(o => o.Nominal && o.Type.SubType is "Natural disaster" or "Man-made disaster" && o.TriggerToken < t && t - o.TriggerToken <= 2))
                suppressed = "verb of a disaster";
            // "cleared 200 landmines", "seized explosives": the weapon was taken out of use, it did not go off
            if (suppressed is null && m.Nominal && siblings.Any(o => o.TargetWeapon is { } tw && tw.Span.Overlaps(m.Trigger) && o.Type.SubType == "Disrupted weapons use"))
                suppressed = "weapon disrupted before use";
            // "police detained activists during a rally": the detentions are the protest's intervention, one event
            // ("arrested students following a sit-in", "journalists covering a protest" stay arrests)
            if (suppressed is null && m.Type.SubType == "Arrests" && siblings.Any(o => o.Type.Type == EventType.Protests && o.TriggerToken > t
                    && DuringProtest(d, o.TriggerToken, s.FirstToken)))
                suppressed = "arrests at a protest are its intervention";
            // "fired into the air to disperse protesters": warning shots hurt no one; the crowd's protest is the event
            if (suppressed is null && !m.Nominal && m.Type.Type == EventType.Explosions && t + 3 < s.EndToken && d.Key(t + 1) is "into" or "in" && d.Key(t + 2) == "the" && d.Key(t + 3) == "air")
                suppressed = "shots fired into the air";
            // "air defences engaged and downed drones", "raided the village and arrested 4": the second verb says what happened
            // ("the army attacked Boko Haram, shelling one of their camps": the participle says how)
            // ("troops entered a village and raped women": the entry is how they got there)
            if (suppressed is null && !m.Nominal && (m.Type.SubType == "Armed clash" && d.Key(t) is "engaged" or "raided" or "stormed" or "attacked" || d.Key(t) is "entered" or "stormed")
                && siblings.Any(o => !o.Nominal && o.TriggerToken > t && o.TriggerToken - t <= 25
                                     && (o.Type.SubType is "Disrupted weapons use" or "Arrests" or "Abduction/forced disappearance" or "Looting/property destruction" or "Sexual violence"
                                         || o.Type.Type == EventType.Explosions && o.Suppressed is null && !o.Flags.HasFlag(TriggerFlags.Weak))
                                     && Enumerable.Range(t + 1, o.TriggerToken - t - 1).Any(k => d.Key(k) == "and" || d.Key(k) == "," && k == o.TriggerToken - 1 && d.Key(o.TriggerToken).EndsWith("ing", StringComparison.Ordinal))))
                suppressed = "general verb before the specific one";
            // "killed" next to a strike/clash counts that event's victims
            if (suppressed is null && m.Type.Type == EventType.ViolenceAgainstCivilians && m.Type.SubType == "Attack" && siblings.Any(o => CountsVictimsOf(d, o)))
                suppressed = "casualties of another trigger";
            // "police found the body", "set up a committee": finding or setting up makes an event only with a weapon or an installation
            if (suppressed is null && m.Flags.HasFlag(TriggerFlags.Seize) && m.Type.SubType == "Disrupted weapons use" && m.TargetWeapon is null
                && !Sitrep.Extraction.Events.EventAssemblyStage.PersonsAfter(d, m, s.EndToken, nouns.Of(WordClasses.PersonPlural)))
                suppressed = "nothing weapon-like found";
            if (suppressed is null && m.Flags.HasFlag(TriggerFlags.Establish) && !InstallationAfter(d, cues, t, s.EndToken))
                suppressed = "nothing military set up";
            // ("helicopters dropped leaflets": the carrier is no weapon; what is dropped must be)
            if (suppressed is null && m.Flags.HasFlag(TriggerFlags.Armed) && !(m.Weapon is { } dw && dw.FirstToken > t))
                suppressed = "no weapon named";
            // (a gathering "to demand access to their savings" or "in protest" is a protest even with no group named)
            if (suppressed is null && m.Flags.HasFlag(TriggerFlags.Weak) && m.Actor1 is null && m.Actor2 is null && m.Weapon is null && m.TargetWeapon is null && m.Killed is null
                && !(m.Type.Type == EventType.Protests && ProtestPurposeAfter(d, t, s.EndToken)))
                suppressed = "weak trigger without arguments";

            // "intercepted two drones launched towards the base": the launch is part of the interception
            // ("drones launched" right after the weapon: a reduced relative about the projectile; "a drone that fired" is its own act)
            if (suppressed is null && m.Weapon is { } used && used.EndToken == t && d.Key(t).EndsWith("ed", StringComparison.Ordinal) && siblings.Any(o => o.TargetWeapon == used))
                suppressed = "weapon intercepted before impact";
            // a purpose or intention: "to capture Raqqa", "threatened … to hit US positions"
            // a to-infinitive names a purpose, plan or ability, not an act — except after aspectual verbs and "was used to"
            // ("fired tear gas to disperse protesters": force used to disperse a crowd is the intervention itself)
            if (suppressed is null && !m.Nominal && Prev(1) == "to" && Prev(2) is not ("began" or "started" or "continued" or "managed" or "went" or "used" or "continue" or "begun" or "started")
                && m.Type.SubType != "Protest with intervention" && !(m.Type.Type == EventType.Protests && GatheringBefore(d, t, s.FirstToken)))
                suppressed = "intended act";

            // negation right before the trigger: "failed to explode", "did not attack", "no clashes"
            if (suppressed is null && Window(d, cues, CueKind.Negation, s.FirstToken, t, 3)) suppressed = "negated";
            // "amid unease over the ceasefire deal", "violated the truce": a deal named is no deal made — it is news when the
            // sentence tells it reached, signed, brokered or taking effect
            if (suppressed is null && m.Nominal && m.Type.SubType == "Agreement" && m.Flags.HasFlag(TriggerFlags.Weak) && !AgreementMade(d, s, t, nouns.Of(WordClasses.AgreementVerb)))
                suppressed = "agreement named, not made";
            if (suppressed is null && Window(d, cues, CueKind.Habitual, s.FirstToken, t, 3)) suppressed = "habitual";
            // "ongoing attacks on hospitals", "has in recent weeks stepped up attacks": a campaign or a trend, not one act — unless a
            // day pins it ("stepped up its shelling of Douma on Monday, killing 5")
            if (suppressed is null && m.Date?.Value is not { Precision: DatePrecision.Day } && Campaign(d, t, s.FirstToken)) suppressed = "campaign or trend";
            // "Since then hundreds of thousands of people have been killed in the fighting": a toll counted since the war began is a
            // sum, not an act (a toll "since Sunday" may be the only report of a day's attack, and stays)
            if (suppressed is null && m.Date?.Value is not { Precision: DatePrecision.Day } && CumulativeSince(d, s)) suppressed = "cumulative toll";
            if (suppressed is null && d.Dates.Any(x => x.Expression.Kind == DateExpressionKind.Duration && x.FirstToken >= s.FirstToken && x.EndToken <= s.EndToken))
                suppressed = "habitual (duration)";

            // "such strikes", "this attack", "the third such strike": refers back, makes no new event
            if (m.Nominal && (Prev(1) is "such" or "these" or "those" or "same" || Prev(2) is "such" || (Prev(1) is "this" or "that" && m.Actor1 is null)))
                anaphoric = true;
            // "to discuss the attack", "condemned the bombing", "an investigation into the strike": the act a talk, a statement or
            // an inquiry is about was told before (a day of its own makes it news: "condemned the bombing of a school on Monday")
            if (m.Nominal && Prev(1) is "the" or "this" or "that" && m.Date is null
                && Prev(2) is "discuss" or "discussed" or "discussing" or "condemn" or "condemned" or "condemning" or "condemns" or "denounce" or "denounced" or "denouncing"
                    or "investigate" or "investigated" or "investigating" or "into" or "probe" or "probing")
                anaphoric = true;
            // "the possibility of averting the strike", "to prevent an attack": an act prevented never happened
            if (suppressed is null && (Prev(1) is "the" or "a" or "an" or "any" or "further" or "new" ? Prev(2) : Prev(1)) is "avert" or "averting" or "averted" or "prevent"
                    or "preventing" or "prevented" or "avoid" or "avoiding" or "avoided" or "forestall" or "deter" or "deterring")
                suppressed = "prevented";
            // a bare noun with nothing to anchor it ("the fight against Daesh") can only refer back
            if (m.Nominal && m.Date is null && m.Place is null && m.Actor1 is null && m.Killed is null) anaphoric = true;
            // "have previously come under rocket fire": background, not news
            if (m.Date?.Expression.Kind == DateExpressionKind.Vague && d.Key(m.Date.FirstToken) is "previously" or "formerly") modality = Modality.Historical;
            // plural nouns without a day ("coalition strikes have killed 649 since 2014") are cumulative: they can only refer back
            // ("killed in air strikes overnight" is one night's raids: a range of two days is as specific as a day)
            // — but a story's lead has nothing to refer back to: its undated raids that killed 35 are the news of the day (not
            // its raids that "have killed 40 over the past week")
            // — nor are acts counted ("Two suicide bombers killed 20 people", "twin car bombs": not "the two strikes", which refer back)
            if (m.Plural && !(m.Date?.Value is { } dv && (dv.Precision == DatePrecision.Day || dv.End.DayNumber - dv.Start.DayNumber <= 1))
                && !(m.SentenceIndex == lead && m.Date is null && m.Killed is { } toll && m.Actor1 is not null && !PerfectBefore(d, s.FirstToken, toll.FirstToken))
                && !(m.Killed is { } counted && m.Date is null && Counted(d, t, s.FirstToken) && !PerfectBefore(d, s.FirstToken, counted.FirstToken) && !Rate(d, s, t)))
                anaphoric = true;
            if (d.Dates.Any(x => x.Expression.Kind == DateExpressionKind.Since && x.FirstToken >= s.FirstToken && x.EndToken <= s.EndToken))
                suppressed ??= "cumulative (since …)";
            // a generic plural: "air strikes" with no number, date, actor or victims
            if (suppressed is null && m.Plural && m.Date is null && m.Killed is null && m.Actor1 is null && m.Place is null)
                suppressed = "generic plural";
            // an object of a preposition: "warning … over US air strikes", "the fight against Daesh"
            if (suppressed is null && m.Nominal && m.Killed is null && TopicOf(d, t, s.FirstToken, m.Date is null))
                suppressed = "topic, not a report";

            // "a commander who had signed a reconciliation deal", "the house, which the faction had reportedly seized",
            // "days after the area was recaptured": a relative clause in the past perfect or a passive after-clause is
            // background (when the main clause before it reports an act of its own)
            if (modality == Modality.Actual && !m.Nominal && result.Any(o => o.SentenceIndex == m.SentenceIndex && o.Suppressed is null && o.TriggerToken < t)
                && (BackgroundClause(d, t, s.FirstToken, nouns.Of(WordClasses.ReportingVerb))))
                modality = Modality.Historical;
            // "… on Thursday, a day after the opposition accused the army of gassing hundreds", "the attack comes a day after
            // a deadly airstrike on Monday", "the first death since a chemical attack on Tuesday": context for the news,
            // reported in its own right elsewhere
            if (modality == Modality.Actual && ContextClause(d, t, s.FirstToken, nouns.Of(WordClasses.TimeAmount))) modality = Modality.Historical;
            if (modality == Modality.Actual)
            {
                if (Window(d, cues, CueKind.Denial, s.FirstToken, t, 12)) modality = Modality.Denied;
                // ("it was not clear whether the warplane was shot down": a question, not a report)
                else if (Window(d, cues, CueKind.Modal, s.FirstToken, t, 3) || Prev(1) is "if" || Whether(d, s.FirstToken, t)) modality = Modality.Hypothetical;
                else if (IsHistorical(d, m)) modality = Modality.Historical;
                else if (Window(d, cues, CueKind.Claim, s.FirstToken, t, 10)) modality = Modality.Claim;
            }
            // "who had signed a deal": the noun takes the reading of the light verb that governs it
            if (m.Nominal && modality == Modality.Actual && result.LastOrDefault(o => o.SentenceIndex == m.SentenceIndex && o.TriggerToken < t && t - o.TriggerToken <= 4
                    && o.Suppressed == "light verb of a following noun trigger") is { Modality: not Modality.Actual } governing)
                modality = governing.Modality;
            if (m.Nominal && modality == Modality.Actual && (cues.Any(d.Tokens.AsSpan(), Math.Max(s.FirstToken, t - 4), t, CueKind.Intent) || Prev(1) is "proposed" or "possible" or "potential" or "future" or "planned"))
                modality = Modality.Hypothetical;
            bool definite = m.Nominal && (Prev(1) is "the" or "its" or "their" || (Prev(2) is "the" && d.Tokens[t - 1].Kind == TokenKind.Word));
            result.Add(m with { Modality = modality, Suppressed = suppressed, Anaphoric = anaphoric, Definite = definite });
        }
        EarlierThanTheLead(result);
        ToldAsContext(d, result);
        return d with { EventMentions = result.ToImmutable() };
    }

    /// <summary>
    /// News leads with its latest incident: an act told after the story's first exactly dated one but dated three or more
    /// days before it ("… on Thursday. Last Sunday, strikes on the town killed 12") is context, reported in its own right
    /// by the earlier stories. (A day or two before is still the news: "late Tuesday" in a Wednesday story, or overnight raids.)
    /// </summary>
    private static void EarlierThanTheLead(ImmutableArray<EventMention>.Builder mentions)
    {
        // (a heading's or a photo caption's date is not the story's: "People inspect the damage … Syria June 12, 2016.")
        var lead = mentions.FirstOrDefault(m => m.Suppressed is null && m.Modality == Modality.Actual && !m.InHeading && m.Date?.Value is { AcledPrecision: 1 });
        if (lead?.Date?.Value is not { } leadDay) return;
        for (int i = 0; i < mentions.Count; i++)
            if (mentions[i] is { Suppressed: null, Modality: Modality.Actual, Date.Value: { } v } m && m.TriggerToken > lead.TriggerToken
                && v.End.DayNumber < leadDay.Start.DayNumber - 2)
                mentions[i] = m with { Modality = Modality.Historical };
    }

    /// <summary>
    /// Acts the story tells as context for its news rather than as news: after the lead's sentence, an act on a day the
    /// text names before the lead's ("… on Tuesday. On Monday the Observatory said 21 civilians had been killed"), or a noun
    /// marked as an earlier one ("the last attack on the shrine on April 25", "a previous strike"). The lead's day is the
    /// one it names, else the eve of its dateline or publication (an undated lead may be yesterday's news). They stay
    /// events, which clustering links; a cluster counts the story as a mention of them, not a report. (A night that
    /// straddles two days — "late on Tuesday" in a Wednesday story — may be the news itself.)
    /// </summary>
    private static void ToldAsContext(Document d, ImmutableArray<EventMention>.Builder mentions)
    {
        // (the lead is an act of violence that makes an event: "Turkey's president said on Thursday …" dates no incident, nor
        // does an undated plural that only refers back)
        bool Act(EventMention m) => m.Suppressed is null && m.Modality == Modality.Actual && !m.Anaphoric && !m.InHeading && d.Sentences[m.SentenceIndex].Block == BlockKind.Body
                                    && m.Type.Type is EventType.Battles or EventType.Explosions or EventType.ViolenceAgainstCivilians;
        var lead = mentions.FirstOrDefault(Act);
        if (lead is null) return;
        // a follow-up ("The death toll from a suicide bombing in Baghdad rose to 42 on Thursday", "Mourners buried the victims
        // of …", "The UN on Wednesday condemned …") reports the earlier act it follows up
        bool followUp = FollowUp(d, d.Sentences[lead.SentenceIndex], lead.TriggerToken);
        // (a headline run into the first sentence names no day: "Assad's forces bombard Damascus suburbs after gas attack:
        // activists. Syrian forces bombarded rebel-held suburbs on Thursday …" — the sentence after it dates the lead)
        if (lead.Date is null && HeadlineLike(d, lead)
            && mentions.FirstOrDefault(m => Act(m) && m.SentenceIndex == lead.SentenceIndex + 1 && m.Date is { IsDateline: false, Value.Precision: DatePrecision.Day }) is { } dated)
            lead = dated;
        // (a day that dates the telling — the dateline, "the organisation said Tuesday" — may be a day after the act)
        int? leadDay = lead.Date switch
        {
            { IsDateline: false, Value: { Precision: DatePrecision.Day } v } x when !Sitrep.Extraction.Events.EventAssemblyStage.DayOfTelling(d, x) => v.Start.DayNumber,
            { Value: { Precision: DatePrecision.Day } v } => v.Start.DayNumber - 1,
            null when d.Published is { } p => p.DayNumber - 1,
            _ => null,
        };
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Suppressed is not null || m.InHeading || m.SentenceIndex <= lead.SentenceIndex) continue;
            // (the night or evening before the lead's day may be the news itself: "late on Tuesday" in a Wednesday story)
            bool earlierDay = !followUp && leadDay is int day && m.Date is { IsDateline: false, Value: { Precision: DatePrecision.Day } mv } md && mv.Start == mv.End
                              && mv.End.DayNumber < day
                              && !(mv.End.DayNumber == day - 1 && Sitrep.Extraction.Events.EventAssemblyStage.NightOrEvening(d, md));
            // ("in an earlier attack on Wednesday" in a Wednesday story is another act of the day, news too)
            bool sameDay = leadDay is int ld && m.Date?.Value is { Precision: DatePrecision.Day } sv && sv.Start.DayNumber >= ld;
            if (earlierDay || NamedAsEarlier(d, m) && !sameDay) mentions[i] = m with { Context = true };
        }
    }

    /// <summary>The act is named inside a follow-up's frame: "the death toll from a bombing", "condemned the attack", "buried the victims of".</summary>
    private static bool FollowUp(Document d, Sentence s, int trigger)
    {
        for (int k = s.FirstToken; k < trigger; k++)
            if (d.Key(k) is "toll" or "condemned" or "condemns" or "condemning" or "denounced" or "buried" or "burial" or "funeral" or "funerals" or "mourners" or "mourned"
                    or "sentenced" or "investigation" or "probe" or "rubble" || d.Key(k) == "victims" && k + 1 < trigger && d.Key(k + 1) == "of")
                return true;
        // ("A suicide bombing in Baghdad was condemned by the UN": the act is the subject of a passive condemnation — not "in
        // an attack the UN condemned", where the condemnation is told of the news)
        for (int k = trigger + 1; k + 1 < s.EndToken; k++)
        {
            if (d.Tokens[k].Kind == TokenKind.Punctuation || d.EventMentions.Any(o => o.TriggerToken == k)) break;
            // ("was strongly condemned", "has been condemned")
            int c = k + 1 < s.EndToken && d.Key(k + 1) == "been" ? k + 2 : k + 1;
            if (c + 1 < s.EndToken && d.Key(c).EndsWith("ly", StringComparison.Ordinal)) c++;
            if (d.Key(k) is "was" or "were" or "has" or "have" && c < s.EndToken && d.Key(c) is "condemned" or "denounced") return true;
        }
        return false;
    }

    /// <summary>
    /// A headline's wording: a verb in the present ("forces bombard suburbs", "strike kills 15") or a source tagged on after
    /// a colon ("… after gas attack: activists") — a story's prose tells its acts in the past.
    /// </summary>
    private static bool HeadlineLike(Document d, EventMention m)
    {
        var s = d.Sentences[m.SentenceIndex];
        var key = d.Key(m.TriggerToken);
        // (a verb needs its subject before it: "Shells fell on a market" opens with a noun)
        if (!m.Nominal && m.TriggerToken > s.FirstToken && !key.EndsWith("ed", StringComparison.Ordinal) && !key.EndsWith("ing", StringComparison.Ordinal)
            && !IrregularPast.Contains(key))
            return true;
        for (int k = Math.Max(s.FirstToken, s.EndToken - 4); k < s.EndToken; k++)
            if (d.Key(k) == ":") return true;
        return false;
    }

    private static readonly FrozenSet<string> IrregularPast = FrozenSet.ToFrozenSet(
        ["struck", "shot", "hit", "fought", "blew", "overran", "took", "set", "threw", "led", "met", "left", "stole", "broke", "slew", "burnt", "caught",
         "fell", "beat", "tore", "ran", "drove", "went", "came", "flew", "gave", "held", "hurt", "kept", "laid", "lost", "made", "put", "rode", "rose",
         "sent", "shook", "swept", "stood", "withdrew", "won", "spread", "split", "shut", "bit", "hid", "dealt", "brought", "stabbed", "burned", "sank", "seized"], StringComparer.Ordinal);

    /// <summary>A noun that names its act as one before the news: "an earlier bombing", "the last attack on the shrine", "a previous strike".</summary>
    internal static bool NamedAsEarlier(Document d, EventMention m)
    {
        int first = d.Sentences[m.SentenceIndex].FirstToken;
        string Prev(int k) => m.TriggerToken - k >= first ? d.Key(m.TriggerToken - k) : "";
        // (after a determiner: "Earlier Wednesday clashes", "Hours earlier an explosion", "Last night clashes" tell when, not which)
        static bool Earlier(string w) => w is "last" or "previous" or "earlier" or "prior";
        static bool Determiner(string w) => w is "a" or "an" or "the" or "its" or "their" or "his" or "her";
        return m.Nominal && (Earlier(Prev(1)) && Determiner(Prev(2)) || Earlier(Prev(2)) && Determiner(Prev(3)) && m.TriggerToken - 1 >= first && d.Tokens[m.TriggerToken - 1].Kind == TokenKind.Word);
    }

    /// <summary>The count names an earlier day than the act before it (see <see cref="Sitrep.Extraction.Events.EventAssemblyStage.EarlierDayThan"/>).</summary>
    private static bool EarlierDay(Document d, EventMention m, EventMention o) =>
        // (the night before counts the act's toll only when the act has none of its own: "… killing 3 people. Late on Tuesday 6
        // villagers were killed in nearby Dogo" is another raid)
        m.Date is { } md && o.Date?.Value is { } ov && Sitrep.Extraction.Events.EventAssemblyStage.EarlierDayThan(d, md, ov, eveIsTheAct: o.Killed is null || o.Killed.Span == m.Killed?.Span);

    /// <summary>Both name a town, and the towns lie more than 10 km apart.</summary>
    private static bool TownsApart(EventMention m, EventMention o) =>
        m.Place?.Resolved is { IsArea: false } mp && o.Place?.Resolved is { IsArea: false } op && mp.Id != op.Id && mp.DistanceKm(op) > 10;

    /// <summary>
    /// Before the count, the sentence tells an act of its own: a trigger whose victims a bare "killed" counts ("barrel
    /// bombs killed 8"), or a weapon as the subject ("rockets killed 3") — not one that names the act before ("the strike
    /// killed 15", "the bomb killed").
    /// </summary>
    private static bool OwnActBefore(Document d, EventMention m, List<EventMention> siblings)
    {
        int first = d.Sentences[m.SentenceIndex].FirstToken;
        bool Definite(int k) => Enumerable.Range(Math.Max(first, k - 2), k - Math.Max(first, k - 2)).Any(x => d.Key(x) is "the" or "this" or "that" or "these" or "those" or "such");
        return siblings.Any(o => o.TriggerToken < m.TriggerToken && o.Suppressed is null && CountsVictimsOf(d, o) && !(o.Nominal && Definite(o.TriggerToken)))
            || m.Weapon is { } w && w.EndToken <= m.TriggerToken && !Definite(w.FirstToken);
    }

    /// <summary>A rate, not an act: "three suicide attacks a week kill dozens", "on average every day", "each month".</summary>
    private static bool Rate(Document d, Sentence s, int t)
    {
        for (int k = s.FirstToken; k + 1 < s.EndToken; k++)
            if (d.Key(k) is "a" or "per" or "every" or "each" && d.Key(k + 1) is "day" or "week" or "month" or "year" || d.Key(k) == "on" && d.Key(k + 1) == "average") return true;
        for (int k = t + 1; k < Math.Min(s.EndToken, t + 5); k++)
            if (d.Key(k) is "kill" or "kills") return true;
        return false;
    }

    /// <summary>Acts counted right before the noun: "Two suicide bombers", "twin car bombs" — not "the two strikes".</summary>
    private static bool Counted(Document d, int t, int first) =>
        t > first && (d.Tokens[t - 1].Kind == TokenKind.Number || d.Key(t - 1) is "two" or "three" or "four" or "five" or "twin" or "double" or "triple")
        && !(t - 1 > first && d.Key(t - 2) is "the" or "these" or "those" or "both" or "all" or "its" or "their");

    /// <summary>A trigger whose victims a bare "killed" in its sentence counts: a strike or clash, a disaster, a shoot-down.</summary>
    private static bool CountsVictimsOf(Document d, EventMention o) =>
        (o.Type.Type != EventType.ViolenceAgainstCivilians || o.Type.SubType != "Attack") && o.Type.Type != EventType.StrategicDevelopments && o.Type.Type != EventType.NotPoliticalViolence
        // ("a helicopter was shot down …, killing all five people on board": those on board)
        || o.Type.SubType is "Natural disaster" or "Man-made disaster"
        || o.Type.SubType == "Disrupted weapons use" && d.Key(o.TriggerToken) is "shot" or "downed" or "down" or "downing" or "shooting"
           && (o.TargetWeapon?.Class == WeaponClass.Aircraft || o.Weapon?.Class == WeaponClass.Aircraft);

    // "detained activists during a rally", "arrested 180 people as supporters staged sit-ins" — not "following a sit-in",
    // "while covering a protest", "at least 20"
    private static bool DuringProtest(Document d, int protest, int first)
    {
        for (int k = protest - 1; k >= Math.Max(first, protest - 6); k--)
        {
            var key = d.Key(k);
            if (key is "following" or "after" or "before" or "covering" or "covered" or "reporting" or "attending" or "filming") return false;
            if (key is "during" or "amid" or "as" || key == "at" && d.Key(k + 1) != "least") return true;
        }
        return false;
    }

    private static bool GatheringBefore(Document d, int t, int first)
    {
        for (int k = t - 2; k >= Math.Max(first, t - 12); k--)
            if (d.Key(k) is "gathered" or "held" or "staged" or "assembled" or "organised" or "organized" or "rallied" or "marched" or "demonstrated" or "blocked" or "closed" or "took") return true;
        return false;
    }

    private static bool ProtestPurposeAfter(Document d, int t, int end)
    {
        // ("gathered in Martyrs' Square and Riad al-Solh Square in Beirut on 20 October, calling for the government's resignation":
        // the purpose may come late in a long sentence)
        for (int k = t + 1; k + 1 < Math.Min(end, t + 25); k++)
            if (d.Key(k) == "to" && d.Key(k + 1) is "protest" or "demand" or "denounce" or "condemn" or "reject" or "call" || d.Key(k) == "in" && d.Key(k + 1) == "protest"
                || d.Key(k) is "demanding" or "protesting" or "denouncing" or "condemning" || d.Key(k) == "calling" && d.Key(k + 1) == "for") return true;
        return false;
    }

    private static bool BackgroundClause(Document d, int t, int first, FrozenSet<string> reportingVerbs)
    {
        int k = t - 1;
        while (k >= first && d.Key(k) is "reportedly" or "allegedly" or "previously" or "already" or "earlier" or "briefly") k--;
        if (k < first) return false;
        // "who had signed", "which the faction had seized"
        if (d.Key(k) == "had")
            for (int r = k - 1; r >= Math.Max(first, k - 4); r--)
                // ("reported that troops had executed 48 people" is reported speech, a report of its own)
                if (d.Key(r) is "who" or "which" or "whom" || d.Key(r) == "that" && r > first && !reportingVerbs.Contains(d.Key(r - 1))) return true;
        // "after the area was recaptured", "since the town was taken"
        if (d.Key(k) is "was" or "were" or "had" or "been")
            for (int r = k - 1; r >= Math.Max(first, k - 5); r--)
                if (d.Key(r) is "after" or "since") return true;
        return false;
    }

    /// <summary>
    /// The trigger sits in a clause that dates the news against something else: "(a day | hours | weeks) after …",
    /// "came/comes after …", or a "since …" phrase governing it ("the first since a chemical attack").
    /// A bare "after" is not enough: "five were killed after a car bomb exploded" gives the cause, which is the news;
    /// nor is "came as the monitor reported that troops had executed 48": a report with its own toll is a report.
    /// </summary>
    private static bool ContextClause(Document d, int t, int first, FrozenSet<string> timeAmounts)
    {
        for (int k = t - 1; k >= Math.Max(first, t - 20); k--)
        {
            // ("Days before the anniversary, police continue to arrest …": the main clause after the comma is the news)
            if (d.Tokens[k].Kind == TokenKind.Punctuation && d.Text[d.Tokens[k].Start] is ',' or ';' or ':' or '"' or '\u201c' or '\u201d') return false;
            var key = d.Key(k);
            if (key is "after" or "following" or "before")
            {
                if (k > first && timeAmounts.Contains(d.Key(k - 1))) return true;
                if (k > first && d.Key(k - 1) is "comes" or "came" or "come") return true;
            }
            // "since a suspected chemical attack" (not "since 2011", which the date stage reads as a duration)
            else if (key == "since" && t - k <= 5 && d.Tokens[k + 1].Kind == TokenKind.Word && d.Key(k + 1) is "a" or "an" or "the" or "last" or "its" or "their") return true;
        }
        return false;
    }

    /// <summary>
    /// The noun is what something is about rather than a report of it: "warning over US air strikes", "condemning strikes
    /// against civilians", "to pave the way for an eight-hour truce", "in support of the regime offensive" (when undated).
    /// </summary>
    private static bool TopicOf(Document d, int t, int first, bool undated)
    {
        for (int k = t - 1; k >= Math.Max(first, t - 4); k--)
        {
            var key = d.Key(k);
            if (key is "over" or "about" or "amid" or "despite" or "for" or "condemning" or "condemned" or "condemn" or "denounced" or "denouncing" or "criticised" or "criticized" or "criticising" or "criticizing" or "protesting" or "regarding" or "concerning") return true;
            if (undated && key is "of" or "against") return true;
            if (key is "a" or "an" or "the" or "its" or "their" or "his" or "her" or "this" or "that") continue;
            if (d.Tokens[k].Kind == TokenKind.Word && !d.IsCapitalised(k) && (key.Contains('-') || key.EndsWith("al", StringComparison.Ordinal) || key.EndsWith("ed", StringComparison.Ordinal) || key.EndsWith("ive", StringComparison.Ordinal))) continue;
            if (d.Tokens[k].Kind == TokenKind.Word && (d.IsCapitalised(k) || key is "regime" or "government" or "military" or "coalition" or "air" or "ground" or "us")) continue;
            return false;
        }
        return false;
    }

    private static bool InstallationAfter(Document d, CueLexicon cues, int t, int end) => cues.Any(d.Tokens.AsSpan(), t + 1, Math.Min(end, t + 8), CueKind.Installation);

    /// <summary>Dated well before the report ("seized in 2014"): background, not news. ("since 2014" never dates an event.)</summary>
    private static bool IsHistorical(Document d, EventMention m)
    {
        if (m.Date?.Value is not { } v || d.Published is not { } p) return false;
        return v.End.DayNumber < p.DayNumber - 180;
    }

    /// <summary>
    /// Within twelve words the sentence tells the agreement at <paramref name="t"/> made, starting or holding ("reached a deal", "the ceasefire
    /// between the army and rebels came into effect"), or an act done under it ("evacuated … under a local truce", "as part
    /// of a deal").
    /// </summary>
    private static bool AgreementMade(Document d, Sentence s, int t, FrozenSet<string> verbs)
    {
        for (int k = Math.Max(s.FirstToken, t - 12); k < Math.Min(s.EndToken, t + 13); k++)
            if (verbs.Contains(d.Key(k)) || d.Key(k) == "force" && k > s.FirstToken && d.Key(k - 1) == "into") return true;
        for (int k = Math.Max(s.FirstToken, t - 4); k < t; k++)
            if (d.Key(k) == "under" || d.Key(k) == "part" && k + 1 < t && d.Key(k + 1) == "of") return true;
        return false;
    }

    /// <summary>"have killed", "has left … dead": a perfect before the toll counts up to now, not one act.</summary>
    private static bool PerfectBefore(Document d, int first, int toll)
    {
        for (int k = first; k < toll; k++) if (d.Key(k) is "have" or "has") return true;
        return false;
    }

    /// <summary>"whether" opens the clause of the trigger at <paramref name="t"/>, up to six words before it.</summary>
    private static bool Whether(Document d, int first, int t)
    {
        for (int k = t - 1; k >= Math.Max(first, t - 6); k--)
        {
            if (d.Tokens[k].Kind == TokenKind.Punctuation) return false;
            if (d.Key(k) == "whether") return true;
        }
        return false;
    }

    /// <summary>"have been killed" in a sentence counting "since then", "since the war began", "since 2011".</summary>
    private static bool CumulativeSince(Document d, Sentence s)
    {
        bool since = false, perfect = false;
        for (int k = s.FirstToken; k < s.EndToken; k++)
        {
            var key = d.Key(k);
            // ("since then", "since the war began", "since the start of the conflict", "since 2011", "since March" — not "since it took
            // effect on Monday")
            if (key == "since" && k + 1 < s.EndToken && (d.Key(k + 1) is "then" or "january" or "february" or "march" or "april" or "may" or "june" or "july"
                                                             or "august" or "september" or "october" or "november" or "december"
                                                         || d.Key(k + 1) is "the" or "its" && k + 2 < s.EndToken && d.Key(k + 2) is "war" or "conflict" or "uprising" or "crisis"
                                                             or "revolution" or "start" or "beginning" or "outbreak" or "onset"
                                                         || d.Tokens[k + 1].Kind == TokenKind.Number && d.Key(k + 1).Length == 4)) since = true;
            if (key == "been" && k > s.FirstToken && d.Key(k - 1) is "have" or "has" or "had" && k + 1 < s.EndToken && d.Key(k + 1) is "killed" or "wounded" or "injured") perfect = true;
        }
        return since && perfect;
    }

    /// <summary>"ongoing", "repeated", "stepped up" within three words before the trigger at <paramref name="t"/>, in its phrase.</summary>
    private static bool Campaign(Document d, int t, int first)
    {
        for (int k = t - 1; k >= Math.Max(first, t - 3); k--)
        {
            var key = d.Key(k);
            if (key is "," or ";" or "." or "and" or "on" or "in" or "of") return false;
            if (key is "ongoing" or "repeated" or "recurring" or "persistent" or "continuing" or "intensified" or "intensifying" or "escalated" or "escalating"
                || key == "up" && k > first && d.Key(k - 1) is "stepped" or "stepping" or "ramped" or "ramping" or "step" or "steps") return true;
        }
        return false;
    }

    /// <summary>A cue within <paramref name="width"/> tokens before the trigger, not across a comma.</summary>
    private static bool Window(Document d, CueLexicon cues, CueKind kind, int first, int t, int width)
    {
        for (int k = t - 1; k >= Math.Max(first, t - width); k--)
        {
            if (d.Tokens[k].Kind == TokenKind.Punctuation && d.Text[d.Tokens[k].Start] is ',' or ';') return false;
            // "a man accused of stealing a motorbike was beaten": the accusation is about its own object, not what follows
            if (cues.At(d.Tokens.AsSpan(), k, t, kind) && !(kind == CueKind.Claim && k + 2 < t - 1 && d.Key(k + 1) is "of" or "with")) return true;
        }
        return false;
    }
}
