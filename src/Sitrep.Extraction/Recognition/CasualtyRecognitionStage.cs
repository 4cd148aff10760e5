using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Sitrep.Lexicons;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Extraction.Recognition;

/// <summary>
/// Finds casualty phrases: "killing 6 civilians", "at least 20 people were killed", "the death toll rose to 40",
/// "no injuries" (0). Vague quantities follow ACLED's rules: "several"/"many" 10, "dozens" 12, "hundreds" 100.
/// </summary>
public sealed class CasualtyRecognitionStage : IPipelineStage
{
    public string Name => "casualties";
    public Annotations Requires => Annotations.Tokens | Annotations.Sentences;
    public Annotations Provides => Annotations.Casualties;

    private static readonly FrozenDictionary<string, int> Words = new Dictionary<string, int>
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16,
        ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["hundred"] = 100, ["thousand"] = 1000, ["a"] = 1, ["an"] = 1,
        ["several"] = 10, ["many"] = 10, ["scores"] = 20, ["dozens"] = 12, ["dozen"] = 12, ["hundreds"] = 100, ["thousands"] = 1000,
        ["a dozen"] = 12, ["a few"] = 3, ["few"] = 3, ["numerous"] = 10,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The words of <see cref="Words"/> that stand for a rough number (ACLED's conventions), not an exact one.</summary>
    internal static readonly FrozenSet<string> VagueWords = FrozenSet.ToFrozenSet(
        ["several", "many", "scores", "dozens", "dozen", "hundreds", "thousands", "few", "numerous"], StringComparer.Ordinal);

    /// <summary>The word classes this stage reads from the nouns data file, looked up once per document.</summary>
    private readonly record struct Lexicon(FrozenSet<string> KillWords, FrozenSet<string> InjureWords, FrozenSet<string> PersonNouns, FrozenSet<string> Kin,
        FrozenSet<string> Weapons, FrozenSet<string> Attackers)
    {
        public static Lexicon Of(WordClasses nouns) =>
            new(nouns.Of(WordClasses.KillWord), nouns.Of(WordClasses.InjureWord), nouns.Of(WordClasses.PersonNoun), nouns.Of(WordClasses.Kin),
                nouns.Of(WordClasses.WeaponSubject), nouns.Of(WordClasses.AttackerSubject));
    }

    private static readonly FrozenSet<string> Hedges = FrozenSet.ToFrozenSet(
        ["at", "least", "up", "to", "more", "than", "nearly", "almost", "about", "around", "some", "over", "roughly", "approximately", "as", "many", "the", "another", "further", "additional", "of", "estimated", "an", "all"], StringComparer.Ordinal);

    public Document Run(Document d, StageContext context)
    {
        var lex = Lexicon.Of(context.Resources.Nouns);
        var result = ImmutableArray.CreateBuilder<CasualtyMention>();
        foreach (var s in d.Sentences)
        {
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                var m = NoneAt(d, i, s.EndToken, lex) ?? CountAt(d, i, s, lex);
                if (m is null) continue;
                result.Add(m);
                i = m.EndToken - 1;
            }
        }
        return d with { Casualties = result.ToImmutable() };
    }

    /// <summary>"no injuries", "no casualties", "no one was killed", "nobody was hurt".</summary>
    private static CasualtyMention? NoneAt(Document d, int i, int end, Lexicon lex)
    {
        string K(int k) => k < end ? d.Key(k) : "";
        if (K(i) == "no" && (lex.InjureWords.Contains(K(i + 1)) || K(i + 1) is "deaths" or "fatalities" or "casualties"))
            return new CasualtyMention(d.SpanOf(i, i + 2), i, i + 2, CasualtyKind.Killed, 0, null); // nobody hurt: nobody killed
        if ((K(i) == "no" && K(i + 1) == "one") || K(i) is "nobody" or "none")
        {
            int j = K(i) == "no" ? i + 2 : i + 1;
            if (K(j) is "was" or "were") j++;
            if (K(j) is "reported" or "immediately") j++;
            if (lex.KillWords.Contains(K(j)) || lex.InjureWords.Contains(K(j)))
                return new CasualtyMention(d.SpanOf(i, j + 1), i, j + 1, CasualtyKind.Killed, 0, null);
        }
        return null;
    }

    private static CasualtyMention? CountAt(Document d, int i, Sentence s, Lexicon lex)
    {
        int end = s.EndToken;
        string K(int k) => k < end && k >= s.FirstToken ? d.Key(k) : "";
        var (count, numLen) = Number(d, i, end, lex);
        if (numLen == 0) return null;
        int start = i;
        while (start > s.FirstToken && Hedges.Contains(K(start - 1)) && start > i - 3) start--;
        int j = i + numLen;
        // "6 civilians", "20 people including 5 children", "SDF and Asayish members": a few words of victims
        int k = Victims(d, j, end, lex);
        string? victims = k > j ? d[d.SpanOf(j, k)] : null;
        // "11 soldiers and 16 militants were killed", "killing 2 policemen and 3 militants": the parts add up
        // "18 people including five children and two women": the parts after "including" are within the total, not added
        bool subset = Enumerable.Range(j, Math.Max(0, k - j)).Any(x => K(x) is "including" or "among" or "mostly" or "mainly" or "incl");
        int counted = count;
        while (K(k) == "and" && k + 1 < end)
        {
            // "… and 3 militants", "an officer and a soldier", "a shepherd and his son"
            if (Number(d, k + 1, end, lex) is { Length: > 0 } more && more.Count < 1000) { count += more.Count; k = Victims(d, k + 1 + more.Length, end, lex); }
            else if (K(k + 1) is "a" or "an" && k + 2 < end && (lex.PersonNouns.Contains(Singular(K(k + 2))) || k + 3 < end && lex.PersonNouns.Contains(Singular(K(k + 3))))) { count += 1; k = Victims(d, k + 2, end, lex); }
            else if (K(k + 1) is "his" or "her" or "their" && k + 2 < end && lex.Kin.Contains(K(k + 2))) { count += 1; k = k + 3; }
            // "3 Taliban members and the attacker were killed"
            else if (K(k + 1) == "the" && K(k + 2) is "attacker" or "bomber" or "assailant" or "gunman" or "perpetrator" or "driver") { count += 1; k = k + 3; }
            // "2 Joint Forces members and an unknown number of Houthis were killed": only the known part counts
            else if (K(k + 1) is "an" or "a" && K(k + 2) is "unknown" or "undetermined" or "unspecified" && K(k + 3) == "number" && K(k + 4) == "of") { k = Victims(d, k + 5, end, lex); }
            else break;
        }
        if (subset) count = counted;
        // "66 people, mostly African migrants held in the facility, were killed": look past the apposition
        if (K(k) == "," && K(k + 1) is "mostly" or "including" or "among" or "mainly" or "many" or "most")
        {
            int c = k + 1;
            while (c < end && c < k + 12 && K(c) != ",") c++;
            if (K(c) == "," && K(c + 1) is "were" or "was" or "have" or "had") k = c + 1;
        }
        int v = k;
        if (K(v) is "were" or "was" or "have" or "had" or "has") v++;
        if (K(v) is "been" or "reportedly" or "also" or "reported") v++;
        if (K(v) is "been" or "reported") v++;
        // "were shot dead", "was shot and killed", "were beaten to death"
        if (K(v) is "shot" or "gunned" or "beaten" or "stabbed" or "burned" or "hacked" && K(v + 1) is "dead" or "down") v++;
        else if (K(v) is "shot" or "beaten" or "stabbed" or "hacked" && K(v + 1) is "and" && K(v + 2) == "killed") v += 2;
        else if (K(v) is "beaten" or "stabbed" or "hacked" or "burned" && K(v + 1) == "to" && K(v + 2) == "death") v += 2;
        // "Two car bombs killed 20 people", "three gunmen wounded 4": a count right after an active verb is its victims, and
        // the count before it its agents (a headline's "Two civilians killed in Aleppo" has no count after the verb)
        // (weapons are never the dead: "Two drones killed 4 soldiers hurt" counts no two; the head noun tells — "Four bomb
        // disposal experts killed", "Five strike leaders killed" are people)
        if (v == k && K(v) is "killed" or "wounded" or "injured" or "executed" or "murdered"
            && (k > j && lex.Weapons.Contains(K(k - 1)) || CountFollows(d, v + 1, end, lex, agents: k > j && lex.Attackers.Contains(K(k - 1))))) return null;
        // "killing 20 people wounded 50 others" (a comma lost): after an active verb's count, a status word with a count of its
        // own is the next verb, not this count's fate
        bool nextVerb = v == k && K(start - 1) is "killing" or "killed" or "kill" or "kills" or "wounding" or "wounded" or "injuring" or "injured"
                        && NumberAfterHedges(d, v + 1, end, lex);
        if (!nextVerb && (lex.KillWords.Contains(K(v)) || K(v) is "death" or "down") && K(v) is not ("killing" or "kill" or "kills"))
            return new CasualtyMention(d.SpanOf(start, v + 1), start, v + 1, CasualtyKind.Killed, count, victims);
        if (!nextVerb && lex.InjureWords.Contains(K(v)) && K(v) is not ("wounding" or "injuring"))
            return new CasualtyMention(d.SpanOf(start, v + 1), start, v + 1, CasualtyKind.Injured, count, victims);
        // ACLED's own remark: "Fatality count coded as 10 (several)", "Fatalities coded as 3"
        if (K(i - 1) == "as" && K(i - 2) == "coded" && (K(i - 3) is "count" or "fatalities" or "fatality"))
            return new CasualtyMention(d.SpanOf(start, i + numLen), start, i + numLen, CasualtyKind.Killed, count, null);
        // "the death toll rose to 40", "a toll of 12"
        if (HasTollBefore(d, start - 1, s.FirstToken) && !(K(j) is "were" or "was" || lex.InjureWords.Contains(K(j))))
            return new CasualtyMention(d.SpanOf(start, i + numLen), start, i + numLen, CasualtyKind.Killed, count, null);
        // "killing 6 civilians", "left 20 dead", "beat to death a man", "resulting in the death of a child"
        int b = start - 1;
        if (b >= s.FirstToken)
        {
            var prev = K(b);
            // "a dispute that had killed several people last year": a toll of the past, not of this event
            // ("reported that troops had executed 48 people" is reported speech, and counts)
            if (K(b - 1) == "had" && K(b - 2) is "that" or "which" or "who") return null;
            // "killing himself and 15 others": the bomber died too
            if (prev == "and" && K(b - 1) is "himself" or "herself" or "themselves" && K(b - 2) is "killing" or "killed")
                return new CasualtyMention(d.SpanOf(b - 2, k), b - 2, k, CasualtyKind.Killed, count + (K(b - 1) == "themselves" ? 2 : 1), victims);
            if (K(i - 1) == "of" && K(i - 2) is "death" or "deaths" or "killing" or "killings" or "body" or "bodies" or "corpse" or "corpses" or "remains")
                return new CasualtyMention(d.SpanOf(i - 2, k), i - 2, k, CasualtyKind.Killed, count, victims);
            if (prev is "killing" or "killed" or "kills" or "kill" or "executing" or "executed" or "massacring" or "dead" or "murdered" or "murdering" or "beheaded" or "beheading" or "lynched" or "lynching" or "assassinated" or "slaughtered" or "slaughtering"
                || prev == "death" && K(b - 1) == "to" || prev == "of" && K(b - 1) is "death" or "deaths" or "killing" or "killings")
                return new CasualtyMention(d.SpanOf(b, k), b, k, CasualtyKind.Killed, count, victims);
            if (prev is "wounding" or "injuring" or "wounded" or "injured")
                return new CasualtyMention(d.SpanOf(b, k), b, k, CasualtyKind.Injured, count, victims);
            if (prev is "left" or "leaving" && K(k) is "dead" or "killed")
                return new CasualtyMention(d.SpanOf(b, k + 1), b, k + 1, CasualtyKind.Killed, count, victims);
        }
        return null;
    }

    /// <summary>
    /// The verb's object is a count: after weapons or attackers ("Two car bombs killed 25 and wounded 60", "Two gunmen killed
    /// 5 in Mogadishu") any count that is no time or share is the victims; after people or nothing it must be a count of
    /// people ("Two policemen killed 3 militants", "killed 12 Afghan soldiers"), so a headline keeps its first count ("25
    /// killed 60 wounded", "killed 4 of them children", "killed 1 child among them", "4 others wounded", "30 abducted",
    /// "killed 10 minutes later").
    /// </summary>
    private static bool CountFollows(Document d, int n, int end, Lexicon lex, bool agents)
    {
        n = PastHedges(d, n, end);
        if (n >= end || Number(d, n, end, lex) is not { Length: > 0 } count) return false;
        int w = n + count.Length;
        // (a word of status after the count or after its noun is a headline's second count: "30 militants killed 12 arrested",
        // "Two militants killed 4 soldiers wounded", "12 killed 2 commanders among them")
        bool Fate(int x) => x < end && (lex.InjureWords.Contains(d.Key(x)) || lex.KillWords.Contains(d.Key(x)) || Fates.Contains(d.Key(x)));
        if (agents && (w >= end || d.Tokens[w].Kind != TokenKind.Word)) return true;
        if (w >= end || d.Tokens[w].Kind != TokenKind.Word || NotVictims.Contains(d.Key(w)) || Fate(w)) return false;
        if (w + 1 < end && d.IsCapitalised(w) && d.Tokens[w + 1].Kind == TokenKind.Word) w++;
        var key = d.Key(w);
        bool people = key is "people" or "children" || key.EndsWith("men", StringComparison.Ordinal) || lex.PersonNouns.Contains(Singular(key)) || key.Length > 3 && key.EndsWith('s') && !d.IsCapitalised(w);
        // (after attackers any count goes, "killed 25 and wounded 60", "killed 7 members of one family" — but not a count of
        // people with a fate of their own, "killed 4 soldiers wounded", "12 militants killed 2 commanders among them")
        if (agents) return !(people && Fate(w + 1));
        return people && !(Fate(w + 1) || w + 1 < end && d.Key(w + 1) == "of");
    }

    /// <summary>The token after at most three hedges from <paramref name="n"/> ("at least", "more than", "about").</summary>
    private static int PastHedges(Document d, int n, int end)
    {
        int first = n;
        while (n < end && n < first + 3 && Hedges.Contains(d.Key(n))) n++;
        return n;
    }

    private static bool NumberAfterHedges(Document d, int n, int end, Lexicon lex)
    {
        n = PastHedges(d, n, end);
        // ("wounded 3 weeks ago": a time, not a count)
        return n < end && Number(d, n, end, lex) is { Length: > 0 } c && !(n + c.Length < end && NotVictims.Contains(d.Key(n + c.Length)) && d.Key(n + c.Length) is not ("others" or "other"));
    }

    /// <summary>What befell people counted besides death or injury (the kill and injure words): a headline's second count.</summary>
    private static readonly FrozenSet<string> Fates = FrozenSet.ToFrozenSet(
        ["arrested", "captured", "surrendered", "fled", "rescued", "detained", "abducted", "kidnapped", "missing", "among", "freed", "released"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> NotVictims = FrozenSet.ToFrozenSet(
        ["others", "other", "of", "missing", "abducted", "kidnapped", "among", "seriously", "critically", "badly", "later", "after", "before", "ago",
         "minutes", "hours", "days", "weeks", "months", "years", "minute", "hour", "day", "week", "month", "year", "km", "kilometres", "kilometers",
         "miles", "metres", "meters", "times", "percent", "per"], StringComparer.Ordinal);

    private static string Singular(string w) => w.Length > 3 && w.EndsWith('s') ? w[..^1] : w;

    private static int Victims(Document d, int j, int end, Lexicon lex)
    {
        int k = j;
        string K(int x) => x < end ? d.Key(x) : "";
        while (k < end && k < j + 5 && d.Tokens[k].Kind == TokenKind.Word && !lex.KillWords.Contains(K(k)) && !lex.InjureWords.Contains(K(k))
               && K(k) is not ("were" or "was" or "have" or "had" or "in" or "on" or "when" or "after" or "shot" or "gunned" or "beaten" or "stabbed")
               // "SDF and Asayish members" goes on; "soldiers and 16 militants" starts another count
               && !(K(k) == "and" && (k + 1 >= end || d.Tokens[k + 1].Kind == TokenKind.Number || Words.ContainsKey(K(k + 1)) || lex.KillWords.Contains(K(k + 1)) || lex.InjureWords.Contains(K(k + 1))
                                      || K(k + 1) is "his" or "her" or "their" or "a" or "an")))
            k++;
        while (k > j && K(k - 1) == "and") k--;
        return k;
    }

    private static bool HasTollBefore(Document d, int b, int first)
    {
        for (int k = b; k >= Math.Max(first, b - 4); k--)
        {
            if (d.Key(k) == "toll") return k == 0 || d.Key(k - 1) is not ("earlier" or "previous" or "initial");
            if (d.Tokens[k].Kind == TokenKind.Punctuation) return false;
        }
        return false;
    }

    private static (int Count, int Length) Number(Document d, int i, int end, Lexicon lex)
    {
        var t = d.Tokens[i];
        if (t.Kind == TokenKind.Number)
        {
            var key = t.Key.Replace(",", "");
            if (key.Contains('-'))
            {
                // "10-15" → the conservative lower bound
                key = key[..key.IndexOf('-')];
            }
            if (int.TryParse(key, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n < 100000)
            {
                // a year or a day of a date is not a count, nor a figure written with a leading zero ("Aug 012016", "No. 07")
                if (n >= 1900 && n <= 2100 || key.Length > 1 && key[0] == '0') return (0, 0);
                if (i + 1 < end && d.Key(i + 1) is "km" or "kilometres" or "kilometers" or "miles" or "percent" or "%" or "years" or "year" or "hours" or "days" or "metres" or "meters" or "am" or "pm" or "january" or "february" or "march" or "april" or "may" or "june" or "july" or "august" or "september" or "october" or "november" or "december") return (0, 0);
                return (n, 1);
            }
            return (0, 0);
        }
        if (t.Kind != TokenKind.Word) return (0, 0);
        if (t.Key == "a" && i + 1 < end && d.Key(i + 1) is "dozen" or "few") return (d.Key(i + 1) == "dozen" ? 12 : 3, 2);
        // "He died of his injuries": the victim of the sentence before
        if (t.Key is "he" or "she" && i + 1 < end && d.Key(i + 1) is "died" or "succumbed") return (1, 1);
        // "killing the driver", "shot dead the village mukhtar": one named person
        if (t.Key == "the" && i > 0 && i + 1 < end && d.Key(i - 1) is "killing" or "killed" or "dead" or "executed" or "assassinated" or "murdered" or "beheaded"
            && (lex.PersonNouns.Contains(d.Key(i + 1)) || i + 2 < end && lex.PersonNouns.Contains(d.Key(i + 2))))
            return (1, 1);
        // "The bomber and three soldiers were killed": the attacker named first counts too
        if (t.Key == "the" && i + 2 < end && d.Key(i + 1) is "bomber" or "attacker" or "assailant" or "gunman" && d.Key(i + 2) == "and")
            return (1, 2);
        // "shot dead a civilian", "killing an Ethiopian migrant", "the death of a child": one victim
        if (t.Key is "a" or "an" && i > 1 && i + 1 < end && (d.Key(i - 1) is "dead" or "killed" or "killing" or "kills" or "executed" or "murdered" or "lynched" or "beheaded" or "assassinated"
                || d.Key(i - 1) == "death" && d.Key(i - 2) == "to" || d.Key(i - 1) == "of" && d.Key(i - 2) is "death" or "killing" or "body" or "corpse")
            && d.Tokens[i + 1].Kind != TokenKind.Punctuation && d.Key(i + 1) is not ("number" or "total" or "day" or "week" or "month" or "year" or "while" or "series" or "few" or "dozen" or "lot" or "further" or "second" or "third"))
            return (1, 1);
        // "A Palestinian man was shot dead", "a child died": one victim named before the verb
        if (t.Key is "a" or "an" && (i == 0 || d.Tokens[i - 1].Kind == TokenKind.Punctuation || d.Key(i - 1) is "and" or "while" or "when"))
        {
            for (int k = i + 1; k < Math.Min(end, i + 5); k++)
            {
                if (d.Tokens[k].Kind != TokenKind.Word) break;
                if (d.Key(k) is "was" && k + 1 < end && (lex.KillWords.Contains(d.Key(k + 1)) || d.Key(k + 1) is "shot" or "beaten" or "stabbed" && k + 2 < end && d.Key(k + 2) is "dead" or "to"))
                    return (1, 1);
                if (d.Key(k) == "died") return (1, 1);
                if (d.Key(k) == "was") break;
            }
        }
        // "Twenty-six", one token or three ("Twenty-five hundred", "forty-five thousand": a multiple)
        (int Count, int Length) Scaled(int n, int len) =>
            i + len < end && d.Key(i + len) is "hundred" or "thousand" && !d.IsCapitalised(i + len) ? (n * (d.Key(i + len) == "hundred" ? 100 : 1000), len + 1) : (n, len);
        if (TensAndUnit(t.Key) is int compound) return Scaled(compound, 1);
        if (i + 2 < end && d.Key(i + 1) == "-" && Words.TryGetValue(t.Key, out var tens) && tens is >= 20 and <= 90 && tens % 10 == 0
            && Words.TryGetValue(d.Key(i + 2), out var unit) && unit is >= 1 and <= 9)
            return Scaled(tens + unit, 3);
        // ("Thousand Oaks": a multiplier alone counts nothing)
        if (!Words.TryGetValue(t.Key, out var w) || t.Key is "a" or "an" or "thousand") return (0, 0);
        // "twenty five", "two hundred"
        if (i + 1 < end && Words.TryGetValue(d.Key(i + 1), out var w2) && d.Key(i + 1) is not ("a" or "an" or "several" or "many"))
        {
            // ("several thousand" is a thousand, as "thousands" is, and "several hundred" a hundred)
            if (w2 is 100 or 1000 && w < 100) return (VagueWords.Contains(t.Key) ? w2 : w * w2, 2);
            if (w >= 20 && w2 < 10) return (w + w2, 2);
        }
        if (t.Key is "dozens" or "hundreds" or "thousands" or "scores" && i + 1 < end && d.Key(i + 1) == "of") return (w, 2);
        return (w, 1);
    }

    private static int? TensAndUnit(string key) =>
        key.IndexOf('-') is var h and > 0 && Words.TryGetValue(key[..h], out var tens) && tens is >= 20 and <= 90 && tens % 10 == 0
            && Words.TryGetValue(key[(h + 1)..], out var unit) && unit is >= 1 and <= 9 ? tens + unit : null;
}
