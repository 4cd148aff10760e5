using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Sitrep.Lexicons;
using Sitrep.Pipeline;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Extraction.Recognition;

/// <summary>
/// Finds toponyms by longest gazetteer match on capitalised tokens ("Al Tanf", "At Tanf" and "al-Tanf" share a key),
/// with the cue words around them: "southern Syria" (direction), "near Raqqa" (near).
/// </summary>
public sealed class PlaceRecognitionStage : IPipelineStage
{
    public string Name => "places";
    public Annotations Requires => Annotations.Tokens | Annotations.Sentences | Annotations.Actors | Annotations.Dates | Annotations.Weapons;
    public Annotations Provides => Annotations.Places;

    /// <summary>Direction words that qualify an area ("southern Syria"); also read by the resolver.</summary>
    internal static readonly FrozenSet<string> Directions = FrozenSet.ToFrozenSet(
    [
        "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
        "north-eastern", "north-western", "south-eastern", "south-western", "north", "south", "east", "west", "northeast", "northwest",
        "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "upper", "lower", "greater", "eastern-most",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> NearCues = FrozenSet.ToFrozenSet(
        ["near", "outside", "around", "nearby", "outskirts", "close", "vicinity", "surrounding", "environs", "km", "kilometres", "kilometers", "miles", "west", "east", "north", "south"],
        StringComparer.Ordinal);

    public Document Run(Document d, StageContext context)
    {
        var gaz = context.Resources.Gazetteer;
        var cues = context.Resources.Cues;
        var actorAt = ActorIndex(d);
        // words the story also writes in lower case ("the council", "a park") are common words wherever they are capitalised
        var lowerWords = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 0; k < d.Tokens.Length; k++)
            if (d.Tokens[k].Kind == TokenKind.Word && !d.IsCapitalised(k) && !IsArticlePrefixed(d, k)) lowerWords.Add(d.Key(k));
        // one name, one sense per story: a surname seen after a given name ("Megyn Kelly") or a title ("Mr. Jones") is that
        // person wherever it stands alone ("Kelly wasn't in the room", "Jones' appointment")
        var personNames = PersonNames(d, gaz, cues, context.Resources.GivenNames, lowerWords, context.Resources.Nouns.Of(WordClasses.Title), actorAt);
        var storms = StormNames(d);
        // "Thursday", "May": words of a date expression are never toponyms (nor are weapons' names, below)
        var languages = context.Resources.Nouns.Of(WordClasses.Language);
        var dateTokens = new HashSet<int>();
        foreach (var x in d.Dates) for (int t = x.FirstToken; t < x.EndToken; t++) dateTokens.Add(t);
        // "Molotov cocktails", "Iskander missiles": a weapon's name is not the town it was once named after
        foreach (var w in d.Weapons) for (int t = w.FirstToken; t < w.EndToken; t++) dateTokens.Add(t);
        var result = ImmutableArray.CreateBuilder<PlaceMention>();
        bool noApostrophes = ApostrophesStripped(d);
        foreach (var s in d.Sentences)
        {
            int i = s.FirstToken;
            while (i < s.EndToken)
            {
                // "Britain-based", "Russian-backed", "anti-Russian", "the Amsterdam-London leg": names inside a hyphenated word
                if (d.Tokens[i].Kind == TokenKind.Word && !dateTokens.Contains(i) && HyphenParts(d, gaz, cues, context.Resources.Nouns, i, s.EndToken, result) is > 0 and var used) { i += used; continue; }
                if (d.Tokens[i].Kind != TokenKind.Word || dateTokens.Contains(i) || !(d.IsCapitalised(i) || IsArticlePrefixed(d, i))) { i++; continue; }
                // "spoke only French and Farsi": a language's own name is no place, whatever village shares it
                if (languages.Contains(d.Key(i))) { i++; continue; }
                int start = i, nameStart = i;
                var (len, places) = gaz.Names.Match(d.Tokens.AsSpan(), i, s.EndToken);
                // "Deir al Zor", "Ras al Ain": an Arabic article written apart inside a name, which the gazetteer keys without it
                // (as it keys "Deir al-Zor"), so that "Ain" alone is no Al Ain, Emirates
                // (a spelling met that way before a word for a part of a town is a loose one: "Dar al Salam district of Khartoum"
                // is no Dar es Salaam)
                bool spaced = false;
                if (SpacedArticle(gaz, d, i, s.EndToken) is { Length: var sl, Places: var sp } && sl > len)
                {
                    (len, places) = (sl, sp);
                    spaced = i + sl < s.EndToken && context.Resources.Nouns.Of(WordClasses.PlacePart).Contains(d.Key(i + sl));
                }
                var (demLen, demCountries) = gaz.Demonyms.Match(d.Tokens.AsSpan(), start, s.EndToken);
                // ("As many as 555": an article is only one before a capitalised name)
                // ("An Albany man", "As Aleppo burned", "At Raqqa's edge": at a clause's start these are English words)
                if (TextFolding.IsArticle(d.Key(i)) && i + 1 < s.EndToken && d.IsCapitalised(i + 1) && !(d.Key(i) is "an" or "as" or "at" && (d.IsClauseInitial(i) || i > 0 && d.Key(i - 1) == "-")))
                {
                    // "At Tanf": the article belongs to the name when the rest is a place
                    var (len2, places2) = gaz.Names.Match(d.Tokens.AsSpan(), i + 1, s.EndToken);
                    if (len2 + 1 > len && len2 > 0) { len = len2 + 1; places = places2; nameStart = i + 1; }
                }
                // "North Korean", "South Sudanese": a longer demonym wins over the shorter name it opens (Cameroon's North region,
                // which a compass word is not, left "Korean" to name South Korea)
                // (but "Central African States", "Central African nations" are the region's, as before)
                if (demLen > len && nameStart == start
                    && !(d.Key(start) == "central" && start + demLen < s.EndToken
                         && d.Key(start + demLen) is "states" or "nations" or "countries" or "region" or "economic" or "community" or "forests" or "forest"))
                { len = 0; places = []; }
                // "Maadan", "Tal Tamr", "Quamishli": a spelling the gazetteer lacks may still meet one under the loose key
                bool loose = spaced, possessive = false;
                var (dlen, countries) = len == 0 ? (demLen, demCountries) : (0, []);
                // "Ta'iz", "N'Guigmi": a name with an apostrophe inside a word, which the gazetteer writes without ("Taiz", "Nguigmi")
                if (len == 0 && dlen == 0 && d.IsCapitalised(i)) (len, places) = WithoutApostrophes(gaz, d, i, s.EndToken);
                // (a demonym first: "Portuguese" is Portugal's people, not Venezuela's Portuguesa under a loose key)
                if (len == 0 && dlen == 0 && d.Tokens[i].End - d.Tokens[i].Start >= 5 && d.IsCapitalised(i) && !d.IsClauseInitial(i))
                {
                    (len, places) = LooseMatch(gaz, d, i, s.EndToken);
                    loose = len > 0;
                }
                // "Ras-al-Ain", "Abu-Dhabi", "Kvemo-Kartli": a name written with hyphens for its spaces
                if (len == 0 && dlen == 0 && d.IsCapitalised(i)) (len, places) = HyphenatedName(gaz, d.Tokens, i, s.EndToken);
                if (len == 0 && dlen == 0 && noApostrophes && !d.IsClauseInitial(i) && i + 1 < s.EndToken && d.Tokens[i + 1].Kind == TokenKind.Word)
                {
                    (len, places) = Possessive(gaz, context.Resources.GivenNames, d, i, lowerWords);
                    possessive = len > 0;
                }
                if (len == 0)
                {
                    // "Syrian", "Russians": a demonym names its country (kept apart from event locations)
                    if (dlen > 0 && d.IsCapitalised(i))
                    {
                        if (SpokenLanguage(d, context.Resources.Nouns, i, i + dlen, s.FirstToken, s.EndToken)) { i += dlen; continue; }
                        // ("the French Quarter", "the Armenian Quarter": a city's quarter named after a people is no place of theirs)
                        if (i + dlen < s.EndToken && d.Key(i + dlen) == "quarter" && d.IsCapitalised(i + dlen)) { i += dlen; continue; }
                        result.Add(new PlaceMention(d.SpanOf(i, i + dlen), i, i + dlen, countries) { IsDemonym = true });
                        i += dlen;
                        continue;
                    }
                }
                // "UN", "EU": short capitals are acronyms; only countries and areas go by them ("US", "UAE")
                // (and so is a longer one inside running text before a lower-case word: "a SWAT team", "NICE guidelines" — a
                // dateline, "BAGHDAD (Reuters)", opens its sentence)
                // (only after a lower-case word that is no preposition: "ALEPPO at least 12 …" after a dateline, "By Tom Perry BEIRUT",
                // "in MOSUL overnight" stay places)
                // (but in a headline written in capitals a short city after "in", "near" or "at" is that city: "GUNMEN KILL 5 IN JOS")
                // (but a wire dateline keeps every reading: "WAU, South Sudan (AP) -", "JOS (Reuters) -" are towns, "UK (Reuters) -",
                // "CAR (AFP) -" countries)
                if (len == 1 && d.IsAllCaps(nameStart) && !ShortDateline(d, nameStart, s.EndToken) && (d.Tokens[nameStart].End - d.Tokens[nameStart].Start <= 3
                            && !(nameStart > s.FirstToken && d.Key(nameStart - 1) is "in" or "near" or "at" or "outside" && AllCapsLine(d, nameStart)
                                 && places.Any(p => p.Kind == Sitrep.Places.PlaceKind.City && p.Population >= 100_000))
                        || nameStart > s.FirstToken && (d.Key(nameStart - 1) == "'s" || d.Tokens[nameStart - 1].Kind == TokenKind.Word && !d.IsCapitalised(nameStart - 1) && !Locatives.Contains(d.Key(nameStart - 1)))
                           && nameStart + 1 < s.EndToken && d.Tokens[nameStart + 1].Kind == TokenKind.Word && !d.IsCapitalised(nameStart + 1)))
                    places = AreaReadings(places);
                // "Terrorist Car Attack", "Us and them": a country's acronym is written in capitals — a short word in lower or Title case
                // names no country it is only the acronym of (CAR, the US)
                if (len == 1 && !d.IsAllCaps(nameStart) && d.Tokens[nameStart].End - d.Tokens[nameStart].Start <= 3
                    && places.Any(p => p.Kind == Sitrep.Places.PlaceKind.Country && Geocoding.ToponymResolver.KeyOf(p.Name) != d.Key(nameStart)))
                    places = places.Where(p => !(p.Kind == Sitrep.Places.PlaceKind.Country && Geocoding.ToponymResolver.KeyOf(p.Name) != d.Key(nameStart))).ToList();
                // "Canadian" is also a town in Texas: the country the word names stays a candidate, before the checks for small
                // towns ("Canadian Blood Services" is no town before a surname), and being a country wins unless the story is in
                // that town's county
                if (len > 0 && places.Count > 0 && demLen == len)
                    places = [.. demCountries.Where(c => !places.Contains(c)), .. places];
                if (len > 0 && places.Count > 0 && RiverAfterArticle(d, gaz, context.Resources.Nouns, start, start + len, s.EndToken, places) is { } river) places = river;
                // (a storm's name alone, one word, is the storm wherever the story named it so: no town, county or landmark — where
                // its possessive or a verb follows it, "Florence's rain", "spawned by Milton hit"; a locative, a list, a qualifier, a
                // capitalised word or the town's own office keep the town: "in Dudley, in the West Midlands", "the island of Barra",
                // "Tipton, Dudley and Halesowen", "Florence, S.C.,", "Dudley Council", "Milton Mayor", "Dudley residents")
                if (len == 1 && storms.Contains(d.Key(nameStart)) && places.All(p => p.Kind is Sitrep.Places.PlaceKind.City or Sitrep.Places.PlaceKind.Admin2 or Sitrep.Places.PlaceKind.Landmark)
                    && StormNamedAlone(d, nameStart, s.FirstToken, s.EndToken, context.Resources.Nouns)) { i++; continue; }
                if (len == 0 || places.Count == 0 || !Acceptable(d, context.Resources, start, nameStart, start + len, actorAt, places, lowerWords, personNames, loose)) { i++; continue; }
                int end = start + len;
                string? direction = null;
                int spanStart = start;
                // ("West Nile", the virus or Uganda's sub-region: a river has no parts named by a compass word; a capitalised one
                // before it makes another name)
                if (start > s.FirstToken && Directions.Contains(d.Key(start - 1)) && d.IsCapitalised(start - 1) && places.All(p => p.FeatureCode == "STM")) { i++; continue; }
                if (start > s.FirstToken && Directions.Contains(d.Key(start - 1)) && places.Any(p => p.IsArea))
                {
                    direction = d.Key(start - 1);
                    spanStart = start - 1;
                }
                bool near = IsNear(d, spanStart, s.FirstToken);
                // "Israeli" may also be a listed name of Israel: it stays a demonym, evidence for the country but not a location
                // (and "Scottish", "Keralite" are an area's before a person abroad: "a Scottish worker was killed in an Israeli attack"
                // — but "Scottish police", "Catalan separatists", "Crimean Tatars" are the area's own, and it is where they acted)
                bool adjective = gaz.Adjectives.Match(d.Tokens.AsSpan(), start, s.EndToken).Length == len;
                // "aired in English and Spanish", "the English language": a nationality's word for its language is no place
                if (direction is null && (demLen == len || adjective) && SpokenLanguage(d, context.Resources.Nouns, start, end, s.FirstToken, s.EndToken)) { i = end; continue; }
                bool demonym = direction is null && (demLen == len || adjective
                    && start + len < s.EndToken && PersonAbroad(context.Resources.Nouns, d.Key(start + len)));
                // "Kurdistan Workers' Party", "Africa Corps": a region opening an organisation's name says nothing of where the
                // story is
                bool modifier = actorAt.TryGetValue(start, out var opened) && opened.FirstToken == start && opened.EndToken > end
                                && !places.Any(p => p.Kind is Sitrep.Places.PlaceKind.Country or Sitrep.Places.PlaceKind.Admin1);
                result.Add(new PlaceMention(d.SpanOf(spanStart, end), spanStart, end, places) { Direction = direction, Near = near, IsDemonym = demonym || modifier, Loose = loose, Modifier = modifier, Possessive = possessive });
                i = end;
            }
        }
        SpelledOwnWay(d, gaz, cues, context.Resources.Nouns.Of(WordClasses.NameHead), context.Resources.GivenNames, result, dateTokens, actorAt, lowerWords, personNames);
        return d with { Places = result.ToImmutable() };
    }

    private static readonly FrozenSet<string> NameEnders = FrozenSet.ToFrozenSet(
        ["in", "near", "on", "at", "of", "after", "before", "and", "or", "east", "west", "north", "south", "outside", "where", "which", "district", "town", "village", "city"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> SkeletonOpeners = FrozenSet.ToFrozenSet(
        ["in", "near", "at", "outside", "around", "into", "from", "of", "village", "town", "city", "area", "district", "camp"], StringComparer.Ordinal);

    /// <summary>
    /// A village the gazetteer spells its own way ("near Kinsabba in the Latakia countryside", "in Jandairis, Afrin"): a
    /// capitalised unknown name after a locative, with a known place right after it that gives its first-level area, is
    /// looked up by its consonant skeleton among that area's towns only (GeoNames' "Kinnsibbā", "Jindayris"), in the country
    /// of the place's most populous reading; one town must answer.
    /// </summary>
    private static void SpelledOwnWay(Document d, Sitrep.Places.Gazetteer gaz, CueLexicon cues, FrozenSet<string> nameHeads, NameList givenNames, ImmutableArray<PlaceMention>.Builder result,
        HashSet<int> dateTokens, Dictionary<int, ActorMention> actorAt, HashSet<string> lowerWords, HashSet<string> personNames)
    {
        bool[]? covered = null;
        List<PlaceMention>? added = null;
        foreach (var s in d.Sentences)
        {
            for (int i = s.FirstToken + 1; i < s.EndToken; i++)
            {
                if (!SkeletonOpeners.Contains(d.Key(i - 1))) continue;
                // ("near As Sawmaah": the name's article standing apart opens it)
                int first = i;
                if (TextFolding.IsArticle(d.Key(i)) && d.IsCapitalised(i) && i + 1 < s.EndToken && Unknown(i + 1)) i++;
                else if (!Unknown(i)) continue;
                int end = i + 1;
                if (end < s.EndToken && Unknown(end) && end + 1 < s.EndToken && d.Tokens[end + 1].Kind == TokenKind.Punctuation) end++;
                // the name ends there: a comma, a bracket, a preposition or the sentence's end follows — not "Mirwais Hospital",
                // "Crown Court", "Assyrian villages", "Labour-run Rotherham" (a facility, a brand, an adjective)
                if (end < s.EndToken && !(d.Tokens[end].Kind == TokenKind.Punctuation || NameEnders.Contains(d.Key(end)))) continue;
                // (a generic first word alone — "Jabal", "Qasr" — is no name to spell out, nor is a given name — "Karim", "Samir")
                if (end == i + 1 && (nameHeads.Contains(TextFolding.Key(d.Key(i).Split('-')[^1])) || givenNames.Contains(d.Key(i)))) continue;
                if (d.Key(i).Contains('-') && !IsArticlePrefixed(d, i)) continue;
                // the qualifier: the first known place within eight words after the name ("(Mafraq)", ", Afrin", "in the Latakia countryside")
                PlaceMention? qualifier = null;
                foreach (var p in result)
                    if (p.FirstToken >= end && p.FirstToken - end <= 8 && p.FirstToken < s.EndToken && !p.IsDemonym) { qualifier = p; break; }
                if (qualifier is null) continue;
                // (in the country its most populous reading lies in: "Kandahar" is Afghanistan's, not a village in India)
                var main = qualifier.Candidates.Where(c => c.Kind is not (Sitrep.Places.PlaceKind.Country or Sitrep.Places.PlaceKind.Region)).MaxBy(c => c.Population);
                if (main is null) continue;
                var areas = qualifier.Candidates.Where(c => c.Country == main.Country && c.Kind is not (Sitrep.Places.PlaceKind.Country or Sitrep.Places.PlaceKind.Region) && c.Admin1 is not null)
                                                .Select(c => (c.Country, Admin1: c.Admin1!)).Distinct().ToList();
                if (areas.Count is 0 or > 2) continue;
                // (four consonants at least, and one town only: three collide across an area, "Beiteen" meets five West Bank towns)
                var skeleton = TextFolding.Skeleton(d[d.SpanOf(i, end)]);
                if (skeleton.Length < 4) continue;
                var found = areas.SelectMany(a => gaz.InAreaBySkeleton(a.Country, a.Admin1, skeleton)).Distinct().ToList();
                if (found.Count != 1) continue;
                (added ??= []).Add(new PlaceMention(d.SpanOf(first, end), first, end, found) { Loose = true, Near = d.Key(first - 1) is "near" or "outside" or "around" });
                i = end;
            }
        }
        if (added is null) return;
        var all = result.Concat(added).OrderBy(p => p.FirstToken).ToList();
        result.Clear();
        result.AddRange(all);

        bool Unknown(int k) => d.Tokens[k].Kind == TokenKind.Word && (d.IsCapitalised(k) || IsArticlePrefixed(d, k)) && !d.IsAllCaps(k) && !d.IsClauseInitial(k) && !dateTokens.Contains(k)
                               && !Covered()[k]
                               && !actorAt.ContainsKey(k) && d.Tokens[k].End - d.Tokens[k].Start >= 4 && !lowerWords.Contains(d.Key(k)) && !personNames.Contains(d.Key(k))
                               && !cues.Is(d.Key(k), CueKind.NotPlace) && d.Key(k) is not ("the" or "al");

        bool[] Covered()
        {
            if (covered is not null) return covered;
            covered = new bool[d.Tokens.Length];
            foreach (var p in result) for (int t = p.FirstToken; t < p.EndToken; t++) covered[t] = true;
            foreach (var a in d.Actors) for (int t = a.FirstToken; t < a.EndToken; t++) covered[t] = true;
            return covered;
        }
    }

    /// <summary>A person word that is not an area's own forces or offices ("worker", "nurses"; not "police", "separatists").</summary>
    /// <summary>
    /// Whether the nationality's or language's name at [<paramref name="start"/>, <paramref name="end"/>) names the language:
    /// a speech verb before it ("speaks French", "fluent Russian"), a language word after it ("the English language",
    /// "Spanish speakers"), or "in"/"into" before a list of such names that nothing it could describe follows ("aired in
    /// English and Spanish, where", "means 'battery' in English.") — "in Turkish poultry" keeps Turkey.
    /// </summary>
    private static bool SpokenLanguage(Document d, WordClasses nouns, int start, int end, int first, int sentenceEnd)
    {
        // ("Afghan interpreters", "A Syrian speaking to reporters": only a nationality that names a language can be one)
        if (end - start != 1 || !nouns.Of(WordClasses.SpokenNationality).Contains(d.Key(start))) return false;
        if (end < sentenceEnd && d.Tokens[end].Kind == TokenKind.Word && nouns.Of(WordClasses.LanguageWord).Contains(d.Key(end))) return true;
        // the list the name stands in: "English and Spanish", "French, German or Dutch"
        bool Listed(int k) => d.Tokens[k].Kind == TokenKind.Word && d.IsCapitalised(k);
        int head = start;
        while (head - 2 >= first && d.Key(head - 1) is "and" or "or" or "," && Listed(head - 2)) head -= 2;
        var speech = nouns.Of(WordClasses.SpeechVerb);
        // ("spoke only French", "speaks little English")
        if (head > first && speech.Contains(d.Key(head - 1))
            || head - 1 > first && d.Key(head - 1) is "only" or "little" or "good" or "perfect" or "broken" or "mostly" or "some" && speech.Contains(d.Key(head - 2)))
            return true;
        if (head <= first || d.Key(head - 1) is not ("in" or "into")) return false;
        int tail = end;
        while (tail + 1 < sentenceEnd && d.Key(tail) is "and" or "or" or "," && Listed(tail + 1)) tail += 2;
        return tail >= sentenceEnd || d.Tokens[tail].Kind != TokenKind.Word;
    }

    private static bool PersonAbroad(WordClasses nouns, string key) =>
        (nouns.Of(WordClasses.PersonNoun).Contains(key) || nouns.Of(WordClasses.PersonPlural).Contains(key)) && !nouns.Of(WordClasses.HomeAgency).Contains(key);

    /// <summary>Whether a storm's word names the storm the word at <paramref name="k"/> is the given name of ("Hurricane Milton", "after Storm Babet", "Tropical Storm Alberto").</summary>
    private static bool StormWordBefore(Document d, int k) =>
        k > 0 && d.Key(k - 1) is "hurricane" or "typhoon" or "cyclone" or "storm" && d.IsCapitalised(k - 1) && d.Tokens[k].Kind == TokenKind.Word
        && d.SentenceOfToken(k - 1) == d.SentenceOfToken(k)
        && !(d.Key(k - 1) == "storm" && k > 1 && !d.IsClauseInitial(k - 1)
             && (d.Key(k - 2) is "to" or "will" or "would" or "could" or "may" or "might"
                 || d.Tokens[k - 2].Kind == TokenKind.Word && d.IsCapitalised(k - 2) && d.Key(k - 2) is not ("tropical" or "subtropical" or "winter" or "ice" or "snow" or "dust")));

    /// <summary>Whether the one-word name at <paramref name="k"/>, a storm's of the story, stands where only the storm can: see the caller.</summary>
    private static bool StormNamedAlone(Document d, int k, int sentenceStart, int sentenceEnd, WordClasses nouns)
    {
        if (k > sentenceStart && (Locatives.Contains(d.Key(k - 1)) || d.Key(k - 1) is "of" or "," or "and" or "or")) return false;
        if (k + 1 >= sentenceEnd) return true;
        var after = d.Key(k + 1);
        if (after is "'s" or "’s") return true;
        return d.Tokens[k + 1].Kind == TokenKind.Word ? !d.IsCapitalised(k + 1) && !LocalWordAfter(d, k + 1, nouns) : after is "." or ";" or ":" or ")";
    }

    /// <summary>
    /// The given names of the story's storms ("Hurricane Milton", "Storm Eunice"): one name, one sense per story, so the storm
    /// named alone later is no town either ("tornadoes spawned by Milton", "Florence's rain", "Eunice and Franklin followed" —
    /// Franklin named a storm in another sentence of the story).
    /// </summary>
    private static HashSet<string> StormNames(Document d)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 1; k < d.Tokens.Length; k++)
            if (d.IsCapitalised(k) && StormWordBefore(d, k)) names.Add(d.Key(k));
        return names;
    }

    private static bool Acceptable(Document d, SitrepResources resources, int start, int nameStart, int end, Dictionary<int, ActorMention> actorAt, IReadOnlyList<Sitrep.Places.Place> places, HashSet<string> lowerWords, HashSet<string> personNames, bool loose)
    {
        var (gaz, cues, givenNames) = (resources.Gazetteer, resources.Cues, resources.GivenNames);
        var (featureWords, titles) = (resources.Nouns.Of(WordClasses.FeatureWord), resources.Nouns.Of(WordClasses.Title));
        var (nameHeads, instruments) = (resources.Nouns.Of(WordClasses.NameHead), resources.Nouns.Of(WordClasses.Instrument));
        // a capitalised word of the same sentence follows that may continue the name ("David Smith", "Ain Daqneh") — not a
        // feature word ("Daraa Province") nor one that is never a name's part
        // (nor an installation's: "the Merowe Dam", "Kajaki Dam" are at the town, not a person's name)
        var installations = resources.Nouns.Of(WordClasses.InstallationWord);
        // (or past an Arabic article written apart: "Jaysh al Tahrir", "Tahrir al Sham")
        // (an acronym is no name's part, in capitals or mixed: "the Bentiu PoC site", "Demsa and Numan LGAs")
        bool NameGoesOn() => end < d.Tokens.Length && d.Tokens[end].Kind == TokenKind.Word && d.IsCapitalised(end) && !d.IsAllCaps(end) && !d.IsMixedAcronym(end)
                             && d.SentenceOfToken(end) == d.SentenceOfToken(nameStart) && !cues.Is(d.Key(end), CueKind.NotPlace) && !featureWords.Contains(d.Key(end))
                             && !installations.Contains(d.Key(end))
                             || end + 1 < d.Tokens.Length && SpacedArticleWord(d, end) && d.Tokens[end + 1].Kind == TokenKind.Word
                                && d.IsCapitalised(end + 1) && !d.IsAllCaps(end + 1) && d.SentenceOfToken(end + 1) == d.SentenceOfToken(nameStart);
        // a place name inside a longer actor name ("Free Syrian Army", "Islamic State of Iraq") is part of that name
        // — unless a country, state or region opens it ("U.S. Attorney", "Georgia authorities", "EU citizens", "European
        // Commission"): that one is still a toponym, though never the event's location (arguments skip places inside actors;
        // a region there is marked a modifier, see the caller)
        // (a sea is never such a toponym: "North Atlantic Treaty Organization", "Atlantic Council")
        if (actorAt.TryGetValue(start, out var a) && (a.EndToken > end || a.FirstToken < start)
            && !(a.FirstToken == start && places.Any(p => p.Kind is Sitrep.Places.PlaceKind.Country or Sitrep.Places.PlaceKind.Admin1
                                                         || p.Kind == Sitrep.Places.PlaceKind.Region && p.FeatureCode is not ("OCN" or "SEA" or "GULF" or "BAY"))))
            return false;
        // "Hurricane Milton", "Typhoon Haiyan", "Storm Ciarán": a storm's given name is no town (but a headline's verb is no storm:
        // "US Tanks to Storm Raqqa", "Militants Storm Kabul Hotel" — "Storm" names one only at a clause's start or after a word
        // in lower case or a season's: "after Storm Babet", "Tropical Storm Alberto")
        if (StormWordBefore(d, nameStart)) return false;
        // "SANA", the news agency, is no "Sana'a", "Al-Manar", Hezbollah's television, no district of Yemen, and "Hamas" no Hamm:
        // a name the actor lexicon knows by exactly these words is that actor, not a town or district of the same spelling (an
        // acronym: any town; else a small one, or one that goes by this name only as an alternate)
        if (actorAt.TryGetValue(start, out var same) && same.FirstToken == start && same.EndToken == end
            && places.All(p => p.Kind is Sitrep.Places.PlaceKind.City or Sitrep.Places.PlaceKind.Landmark or Sitrep.Places.PlaceKind.Admin2)
            && (end - nameStart == 1 && d.IsAllCaps(nameStart) || places.All(p => p.Population < 100_000) || AlternateOnly(d, nameStart, end, places)))
            return false;
        // "Prince Bandar bin Sultan", "Mohammed Bin Salman": the word after "bin" is a father's name ("in Bin Jawad" is a town)
        if (nameStart > 1 && d.Key(nameStart - 1) is "bin" or "ibn" or "bint" && (!d.IsCapitalised(nameStart - 1) || d.IsCapitalised(nameStart - 2) && !d.IsClauseInitial(nameStart - 1)))
            return false;
        // "Abu Hassan, an al-Nusra leader", "Umm Ahmad": after "Abu" or "Umm" a name is a kunya, a person's — a place so named,
        // "Abu Kamal", "Umm Qasr", the gazetteer matches as a whole from "Abu" on
        if (nameStart > 0 && d.Key(nameStart - 1) is "abu" or "abou" or "umm" && d.IsCapitalised(nameStart - 1) && d.SentenceOfToken(nameStart - 1) == d.SentenceOfToken(nameStart))
            return false;
        // "The city", "The center", "The City Council": a common noun after "the" is no name, though some gazetteer alternate
        // reads so
        if (end - nameStart > 1 && d.Key(nameStart) == "the" && Enumerable.Range(nameStart + 1, end - nameStart - 1)
                .Any(k => d.Tokens[k].Kind == TokenKind.Word && (!d.IsCapitalised(k) || cues.Is(d.Key(k), CueKind.NotPlace))))
            return false;
        // "Wichita Street", "Haifa Street" in Baghdad, "Elizabeth Road": a street named after a town, a state or a person lies
        // elsewhere (but "Douglas County Road 12" is the county's, "the Aleppo Road", "the Baiji Road outside Tikrit" lead to
        // the town of that name, which places what happens on them, and a headline capitalises nouns: "Khartoum Street Battles
        // Intensify", as a country before the word does: "Iran Street Protests Enter Third Week", "Ukraine Drive to Retake Kherson")
        if (end < d.Tokens.Length && d.Tokens[end].Kind == TokenKind.Word && d.IsCapitalised(end) && !d.IsAllCaps(end)
            && d.SentenceOfToken(end) == d.SentenceOfToken(nameStart) && resources.Nouns.Of(WordClasses.StreetWord).Contains(d.Key(end))
            && d.Key(end - 1) is not ("county" or "parish") && !Headline(d, nameStart)
            // ("in Beit Lahia Dr. Hussam Abu Safiya", "Gaza City St. Porphyrius church": an abbreviation before a name is a title
            // or a saint)
            && !(d.Key(end) is "st" or "dr" or "rd" or "ave" or "blvd" && end + 2 < d.Tokens.Length && d.Key(end + 1) == "."
                 && d.Tokens[end + 2].Kind == TokenKind.Word && d.IsCapitalised(end + 2) && d.SentenceOfToken(end + 2) == d.SentenceOfToken(end))
            && !places.Any(p => p.Kind == Sitrep.Places.PlaceKind.Country)
            && !(d.Key(end) is "road" or "rd" && nameStart > 0 && d.Key(nameStart - 1) == "the"))
            return false;
        // "Fars News Agency", "Anadolu News Agency", "Mehr News": an outlet named after a province or town is no place of the
        // story (a country's own agency keeps its country: "the Jordan News Agency")
        if (end < d.Tokens.Length && d.Key(end) is "news" or "press" && d.IsCapitalised(end) && d.SentenceOfToken(end) == d.SentenceOfToken(nameStart)
            && (d.Key(end) == "news" || end + 1 < d.Tokens.Length && d.Key(end + 1) is "agency" or "service" or "trust") && places.All(p => p.Kind != Sitrep.Places.PlaceKind.Country))
            return false;
        // "St. Patrick's Day", "Columbus Day": a holiday named after a saint, a person or a town is no place
        if (places.All(p => p.Kind != Sitrep.Places.PlaceKind.Country) && Holiday(d, end)) return false;
        // "Lassa fever", "Marburg virus", "Lyme disease", "Crimean-Congo hemorrhagic fever": a disease named after a place is no
        // place of the story
        if (DiseaseNamed(d, end, places)) return false;
        // "Operation Euphrates Shield", "Nile Breweries", "the Rwenzori Hotel", "Himalaya Airlines": a river's or a range's name
        // before a capitalised word that is no feature of it names something else (but a body that governs a river's waters names
        // the river, "the Cauvery Management Board", and "the Virunga National Park" is the range's)
        if (end < d.Tokens.Length && d.Tokens[end].Kind == TokenKind.Word && d.IsCapitalised(end) && d.SentenceOfToken(end) == d.SentenceOfToken(nameStart)
            && (places.All(p => p.FeatureCode == "STM") && !resources.Nouns.Of(WordClasses.RiverWord).Contains(d.Key(end))
                || places.All(p => p.FeatureCode == "MTS") && !resources.Nouns.Of(WordClasses.RangeWord).Contains(d.Key(end))))
            return false;
        // "Bustan al-Qasr", "Bani Zaid": the gazetteer knows only the first word of a longer local name
        if (end < d.Tokens.Length && d.SentenceOfToken(end) == d.SentenceOfToken(nameStart) && IsArticlePrefixed(d, end) && places.All(p => p.Kind is Sitrep.Places.PlaceKind.City or Sitrep.Places.PlaceKind.Admin2))
            return false;
        // "the Fourth Geneva Convention", "the Minsk Protocol": a town naming a legal instrument is no place of the story
        if (end < d.Tokens.Length && d.SentenceOfToken(end) == d.SentenceOfToken(nameStart) && d.IsCapitalised(end)
            && instruments.Contains(d.Key(end))
            // (the instrument's name ends there: "the Dublin Convention and Visitors Bureau", "Convention Center" are venues)
            && !(end + 1 < d.Tokens.Length && (d.Key(end + 1) is "&" or "and" || d.Tokens[end + 1].Kind == TokenKind.Word && d.IsCapitalised(end + 1)))
            && places.All(p => p.Kind is not (Sitrep.Places.PlaceKind.Country or Sitrep.Places.PlaceKind.Region)))
            return false;
        // "Rajm al Sheikh", "Seif al-Dawla", "Ahrar al-Sham": the gazetteer knows only the last word of a longer local name (a
        // town elsewhere) (Arabic's article only: "Merkel at Berlin" is no name; and "Yemens al-Mukalla", "the Saudi al-Khobar",
        // "Strikes In Al-Mukalla" name the town: a possessive, a demonym or Title Case before it)
        int head = nameStart > 1 && d.Key(nameStart - 1) is "al" or "el" or "ash" or "az" or "ar" or "ad" or "ez" or "es" or "ed" ? nameStart - 2
                 : IsArticlePrefixed(d, nameStart) ? nameStart - 1 : -1;
        if (head >= 0 && d.Tokens[head].Kind == TokenKind.Word && d.IsCapitalised(head) && !d.IsClauseInitial(head) && !d.IsAllCaps(head)
            && d.SentenceOfToken(head) == d.SentenceOfToken(nameStart) && !cues.Is(d.Key(head), CueKind.NotPlace)
            && places.All(p => p.GeonameId is not null && p.Kind is Sitrep.Places.PlaceKind.City or Sitrep.Places.PlaceKind.Admin2)
            && !gaz.Names.Match(d.Tokens.AsSpan(), head, head + 1).Values.Any()
            && gaz.Demonym([d.Tokens[head]]) is null && !Headline(d, head) && Stem(gaz, d, head).Count == 0
            // ("Kurdish-held al-Malikiyah", "Sunni-majority al-Fallujah", "Greater al-Mukalla" describe the town)
            // (but "Turkey-backed al-Hamza division", "Saudi-backed al-Islah party" name groups)
            && !HoldingCompound(d.Key(head)) && d.Key(head) is not ("sunni" or "shia" or "shiite" or "alawite" or "druze" or "christian" or "greater" or "central" or "old" or "new"))
            return false;
        if (end - nameStart == 1)
        {
            var key = d.Key(nameStart);
            // Title Case Headlines capitalise every word: a lone small-town match there is usually a common word
            // (but where a locative or an attack verb places the town and a word beside it is in lower case, the names make most
            // words capitalised in prose: "Islamic State attacked Macomia in Cabo Delgado", "in Saraf Omra and Kabkabiya in North
            // Darfur")
            if (places.All(p => p.Kind == Sitrep.Places.PlaceKind.City && p.Population < 50_000) && TitleCase(d, nameStart)
                && (StrictTitleCase(d, nameStart) || !PlacedInProse(d, nameStart, resources.Triggers))) return false;
            // … and so does one in capitals, where a small town named like a word of the lexicons (a trigger, a noun the rules
            // use, a cue) is that word unless a locative comes before it: "GUNMEN KILL 5 IN JOS" is no Kill, Ireland, while
            // "UKRAINE RETAKES LYMAN" keeps its town
            if (places.All(p => p.Kind == Sitrep.Places.PlaceKind.City && p.Population < 50_000) && AllCapsLine(d, nameStart)
                && !(nameStart > 0 && Locatives.Contains(d.Key(nameStart - 1))) && LexiconWord(resources, d, nameStart)) return false;
            // (but "fighting in Man", "near Metro": after a locative the town is meant — not a direction, "in West Wales" — and
            // "at Christmas" is a time)
            // (and only a town of 100,000 by its own name: "in Arab capitals", "in Ramadan" are no Arab, Alabama or Turabah)
            if (cues.Is(key, CueKind.NotPlace) && (Directions.Contains(key) || !(nameStart > 0 && d.Key(nameStart - 1) is "in" or "near" or "outside" or "around" or "into")
                                                   || AlternateOnly(d, nameStart, end, places)
                                                   || Minor(places, 100_000))) return false;
            // "positions Northwest of Palmyra": a direction before "of" is a direction, whatever province shares its name
            if (Directions.Contains(key) && end < d.Tokens.Length && d.Key(end) == "of") return false;
            // … and one before another name or a number opens that name: "Northwest Eighth Avenue", "Northwest 34th Street",
            // "Southwest Airlines" (a direction before an area is the area's part, which the caller reads off the area)
            if (Directions.Contains(key) && end < d.Tokens.Length && d.SentenceOfToken(end) == d.SentenceOfToken(nameStart)
                && (d.Tokens[end].Kind == TokenKind.Word && d.IsCapitalised(end) || char.IsDigit(d.Text[d.Tokens[end].Start]))) return false;
            // single capitalised common words at a sentence start ("Police said") are not places — but "Iraq", "Ohio" and "Homs"
            // at a sentence start are (a bracket after a name opens its qualifier, not a clause: "Al Mansurah (Aden)")
            // (a longer word too where English writes it only in lower case: "Early on Monday", "Seven children were killed",
            // "Still, he warned" are no Early, Texas, nor Cevins, France, which also goes by Seven — nor, whatever its size, a
            // town that goes by the word only as an alternate name: "Basic resources" are not Henderson's; but a town of 20,000
            // keeps the word: "Limerick hospitals", "Bath")
            // (the town by its own name is meant where a state or country qualifies it, "Hazard, Kentucky, was underwater",
            // "Humble, Texas (KHOU) -", where its own offices follow, "Humble police said", or where the story places the name
            // elsewhere: "… in Humble, Texas")
            if (d.IsClauseInitial(nameStart) && !d.IsAllCaps(nameStart) && !(nameStart > 1 && d.Key(nameStart - 1) == "(" && d.IsCapitalised(nameStart - 2))
                && (key.Length <= 4 && Minor(places, 100_000)
                    || resources.CommonWords.Contains(key) && (AlternateOnly(d, nameStart, end, places)
                        || Minor(places, 20_000) && !QualifiedByArea(d, gaz, end, places) && !(end < d.Tokens.Length && TownOffice(d.Key(end)))
                           && !PlacedElsewhere(d, gaz, key, nameStart, places))))
                return false;
            // ("Reading the report aloud, …": a gerund that opens its clause and takes an object is the verb, whatever town shares it)
            if (d.IsClauseInitial(nameStart) && key.EndsWith("ing", StringComparison.Ordinal) && end < d.Tokens.Length
                && d.Key(end) is "the" or "a" or "an" or "his" or "her" or "its" or "their" or "this" or "that" or "these" or "those" or "our" or "my" or "your")
                return false;
            // … and within a capitalised name, after a capitalised word or an institution's "X of": "Air Force Reserve", "Cumberland
            // Falls", "UN-Red Crescent", "the Faculty of Law" are no Reserve (New Mexico), Falls County, Crescent (Oklahoma) or Law
            // (Scotland) — nor is a noun the rules know from places' and institutions' names, which English also writes as a name:
            // "al-Nazihin Camp" is no Camp County, Texas
            // (nor, whatever its size, a province named by such a word: "Manda Bay" is no Bay region of Somalia, "the National
            // Unity Government" no Unity State)
            if (!d.IsClauseInitial(nameStart) && !d.IsAllCaps(nameStart) && (resources.CommonWords.Contains(key) || FeatureNoun(resources.Nouns, key))
                && InName(d, gaz, resources.Nouns, nameStart)
                && (Minor(places, 20_000) || AlternateOnly(d, nameStart, end, places)
                    || places.All(p => p.GeonameId is not null && (p.Kind is Sitrep.Places.PlaceKind.Admin1 or Sitrep.Places.PlaceKind.Admin2
                                                                   || p.Kind == Sitrep.Places.PlaceKind.City && p.Population < 100_000))
                       && places.Any(p => p.Kind is Sitrep.Places.PlaceKind.Admin1 or Sitrep.Places.PlaceKind.Admin2)))
                return false;
            if (key.Length <= 2 && !d.IsAllCaps(nameStart)) return false;
            // "David Smith", "Mr. Jordan": a small town's one-word name inside a person's name
            // (and a tiny parish: the Isle of Man's "Michael" and "Patrick")
            // (a curated town — a frontline town the gazetteer lists without a population — is never small: "Ukrainian Enerhodar")
            bool small = places.All(p => p.Kind is Sitrep.Places.PlaceKind.City or Sitrep.Places.PlaceKind.Admin2 && p.Population < 100_000 && p.GeonameId is not null
                                         || TinyParish(p));
            // a spelling met only loosely, or a town's alternate name only ("Khalil" for Hebron, "Al Khalil"), is as weak as a small
            // town's where a person's name is the other reading
            bool Weak() => small || loose || AlternateOnly(d, nameStart, end, places);
            if (small && NameGoesOn()) return false;
            // "Tahrir al Sham", "Jaysh al Tahrir": after a capitalised word and an article written apart, a weak reading is the
            // last part of a longer name the gazetteer does not know (not Damascus, which also goes by al-Sham)
            if (nameStart >= 2 && SpacedArticleWord(d, nameStart - 1)
                && d.Tokens[nameStart - 2].Kind == TokenKind.Word && (d.IsCapitalised(nameStart - 2) || IsArticlePrefixed(d, nameStart - 2))
                && d.SentenceOfToken(nameStart - 2) == d.SentenceOfToken(nameStart) && Weak()) return false;
            // ("Ain Daqneh", "Kafr Zeita": a generic first word of a local name, alone in the gazetteer as Al Ain or the Ain department
            // — but "al-Bab", "al-Ain" with their article are names of their own, "al-Bab Thursday" is dated, and Title Case capitalises
            // every word)
            if (nameHeads.Contains(key) && !IsArticlePrefixed(d, nameStart) && !(nameStart > 0 && TextFolding.IsArticle(d.Key(nameStart - 1))) && NameGoesOn()
                && !Headline(d, nameStart) && !lowerWords.Contains(d.Key(end)) && !InDate(d, end))
                return false;
            // "City Council" in a story that also says "the council voted": a small town named like a common word is that word
            if ((small || AlternateOnly(d, nameStart, end, places)) && d.IsCapitalised(nameStart) && lowerWords.Contains(key)) return false;
            // a surname the story gives a person ("Ann Douglas", "Charles Casey") is that person's before it is a county of a few
            // hundred thousand people (Douglas County, Casey County) — but a town of 100,000 stays a town ("Metro Vancouver",
            // "Rodeo Gainesville" read like names), and so does a province ("Syria's Quneitra", "Rural Daraa")
            // (a curated landmark — a frontline town, a base — is never a surname's reading)
            // (and so is a former province or county, "Lorraine Bailey", "Michael Cheshire")
            bool minor = small || places.All(p => p.GeonameId is not null && (p.Kind == Sitrep.Places.PlaceKind.Admin2
                                                  ? p.Population < 1_000_000 : p.Kind == Sitrep.Places.PlaceKind.City && p.Population < 100_000)
                                                  || p.FeatureCode is "ADM1H" or "ADM2H");
            // "Hailey said", "Meredith's mother": a common given name standing alone is a person's before a small town's, unless the
            // sentence places it ("in Tyler", "Tyler, Texas"); before a capitalised word it opens a person's name ("Charles
            // Barkley", and "George Bush" where the story names Bush alone too), and after one it ends it ("Chelsea Manning")
            // (a name the story also writes in lower case is a word there — "Will", "May", "Spring" — and "Al" is an article)
            bool Given(int k) => givenNames.Contains(d.Key(k)) && !lowerWords.Contains(d.Key(k)) && !TextFolding.IsArticle(d.Key(k));
            bool given = Given(nameStart);
            // (after a known given name even a city of some size is a surname — "Abraham Lincoln", "Jesse Jackson" — but not a
            // curated landmark town or a city of a million; "Israel Rafah operation": a given name that is also a country's is
            // no given name there)
            // (a tiny first-level area too: Bermuda's parish of Hamilton makes "Sarah Hamilton" no less a person)
            bool surnameSized = places.All(p => p.GeonameId is not null && (p.Kind is Sitrep.Places.PlaceKind.City or Sitrep.Places.PlaceKind.Admin2 && p.Population < 1_000_000
                                                                            || p.Kind == Sitrep.Places.PlaceKind.Admin1 && p.Population < 100_000));
            // (a small town only: Kaya, Burkina Faso's city of 120,000, is no Kaya the person)
            // (… and so is a city's alternate name: "a witness named Ahmad said" is no Al Ahmadi, Kuwait)
            // ("Lake Travis": a feature word before the name places it)
            if (given && (small || AlternateOnly(d, nameStart, end, places)) && !Placed(d, nameStart, end, resources.Nouns, resources.Triggers)
                && !(nameStart > 0 && d.IsCapitalised(nameStart - 1) && FeatureNoun(resources.Nouns, d.Key(nameStart - 1)) && d.SentenceOfToken(nameStart - 1) == d.SentenceOfToken(nameStart))) return false;
            // (… or where the word after it is no place and no English word, so a surname: "Hassan Abboud", "Vladimir Safronkov",
            // "George Sabra" are people, not Hassan, India, Vladimir, Russia, George, South Africa — but "Austin Police", "Eugene
            // Register-Guard", "Jackson Hole" keep their towns)
            // (a first-level area of under two million people too, by that surname: "Mary Wheeler" is no Mary Province, Turkmenistan)
            // (but "a crash in Montana Sunday": the sentence places it, and a day is no surname)
            // (and where nothing places it, a given name that is a country's or a big city's before such a surname is the person's
            // too: "Jordan Bardella", "Paris Hilton", "Victoria Beckham", "Sydney Sweeney" — not "Jordan Valley", "Paris Saint-Germain")
            // (a determiner makes it a modifier, "the Paris Walmart store", "the Jordan Hubmen")
            if (given && NameGoesOn() && (minor || surnameSized && UsedAlone(d, end, titles)
                                          || Surname(d, resources, end, lowerWords)
                                             && (surnameSized || !Placed(d, nameStart, end, resources.Nouns, resources.Triggers)
                                                 && !(nameStart > 0 && d.Key(nameStart - 1) is "the" or "a" or "an" or "'s" or "’s")))) return false;
            // (a capitalised common given name right before the name, in its sentence and in running text, and what it names itself)
            bool GivenNameBefore() => nameStart > 0 && d.Tokens[nameStart - 1].Kind == TokenKind.Word && d.IsCapitalised(nameStart - 1) && !d.IsAllCaps(nameStart - 1)
                                      && Given(nameStart - 1) && !AlwaysCapitalised.Contains(d.Key(nameStart - 1)) && !TitleCase(d, nameStart)
                                      && !InDate(d, nameStart - 1) && d.SentenceOfToken(nameStart - 1) == d.SentenceOfToken(nameStart);
            IReadOnlyList<Sitrep.Places.Place>? givenPlaces = null;
            IReadOnlyList<Sitrep.Places.Place> GivenNamePlaces() => givenPlaces ??= gaz.Names.Match(d.Tokens.AsSpan(), nameStart - 1, nameStart).Values;
            if (surnameSized && GivenNameBefore()
                && !GivenNamePlaces().Any(p => p.Kind is Sitrep.Places.PlaceKind.Country or Sitrep.Places.PlaceKind.Admin1 or Sitrep.Places.PlaceKind.Region
                                               && p.FeatureCode is not ("ADM1H" or "ADM2H") && !TinyParish(p)))
                return false;
            // (unless a state or country qualifies it, "Doris Hughes … in Hughes, Arkansas", or a locative places it: "Amir
            // Sderot said … In Sderot, residents ran to shelters")
            // (but "into Bell's back", "outside Carter's door" are the person's)
            if (personNames.Contains(key) && (Weak() || minor)
                && !(nameStart > 0 && d.Key(nameStart - 1) is "in" or "near" or "outside" or "into" && !(end < d.Tokens.Length && d.Key(end) is "'s" or "’s" or "'" or "’"))
                && !(end + 1 < d.Tokens.Length && d.Key(end) == "," && d.IsCapitalised(end + 1) && d.SentenceOfToken(end + 1) == d.SentenceOfToken(nameStart)
                     && gaz.Names.Match(d.Tokens.AsSpan(), end + 1, d.Sentences[d.SentenceOfToken(end + 1)].EndToken).Values
                            .Any(p => p.Kind is Sitrep.Places.PlaceKind.Admin1 or Sitrep.Places.PlaceKind.Country)))
                return false;
            // "Stevens & Wilkinson", "Procter & Gamble": names joined by an ampersand are a firm's — not "in Jenin & Tulkarm"
            // (a preposition places the pair) nor "Brighton & Hove", "Kensington & Chelsea" (the other name is a town of its own)
            int other = end + 1 < d.Tokens.Length && d.Key(end) == "&" && d.IsCapitalised(end + 1) ? end + 1
                      : nameStart > 1 && d.Key(nameStart - 1) == "&" && d.IsCapitalised(nameStart - 2) ? nameStart - 2 : -1;
            if (minor && other >= 0)
            {
                int pairStart = Math.Min(other, nameStart);
                bool placed = pairStart > 0 && d.Key(pairStart - 1) is "in" or "near" or "at" or "from" or "across" or "outside" or "around" or "into" or "between";
                bool otherTown = d.Key(other) != key && gaz.Names.Match(d.Tokens.AsSpan(), other, other + 1).Values
                    .Any(p => p.Kind is not Sitrep.Places.PlaceKind.City || p.Population >= 20_000);
                if (!placed && !otherTown) return false;
            }
            // "Michael Jones", "Megyn Kelly": the surname after a capitalised word in running text
            if (AfterGivenName(d, nameStart, cues, gaz) && (Weak() || minor)) return false;
            // "Andrew Jordan", "Bill Holland", "Melton Lewis Paris": a country's or a big city's one-word name right after a common
            // given name that is no place of note itself is the person's surname, where nothing places it and the line is no
            // headline in Title Case (nor is a feature's or a storm's word a given name there: "Lake Travis", "Militants Storm Kabul")
            if (end == nameStart + 1 && GivenNameBefore()
                && !FeatureNoun(resources.Nouns, d.Key(nameStart - 1)) && d.Key(nameStart - 1) is not ("storm" or "hurricane" or "typhoon" or "cyclone")
                && GivenNamePlaces().All(p => p.Kind is Sitrep.Places.PlaceKind.City or Sitrep.Places.PlaceKind.Admin2 && p.Population < 100_000 || TinyParish(p))
                && !Placed(d, nameStart - 1, end, resources.Nouns, resources.Triggers))
                return false;
            // "Lieutenant Nawras Hassan", "Kamel Hassan Beez": a given name after a capitalised word that is no place, no actor and no
            // English word is a person's name going on (Hassan, India has 155,000 people)
            // (a word capitalised only because it opens the sentence is no first name: "In Eugene, Devon Smith said"; and a name
            // followed by a lower-case content word is a town modifying it: "the Tesla Austin factory")
            if (given && surnameSized && nameStart > 0 && !d.IsClauseInitial(nameStart) && !d.IsClauseInitial(nameStart - 1)
                && d.SentenceOfToken(nameStart - 1) == d.SentenceOfToken(nameStart) && PlainNameWord(d, resources, nameStart - 1, lowerWords)
                && !titles.Contains(d.Key(nameStart - 1)) && gaz.Names.Match(d.Tokens.AsSpan(), nameStart - 1, nameStart).Length == 0 && !actorAt.ContainsKey(nameStart - 1)
                && !(end < d.Tokens.Length && d.Tokens[end].Kind == TokenKind.Word && !d.IsCapitalised(end) && !FunctionWordAfterName(cues, d.Key(end))))
                return false;
            // "Jones said", "Kelly told reporters", "Nelson said": a speaker named like a town, county or minor province is a
            // person — a government speaks through a capital, a country or a big city or state ("Moscow said", "Honiara said",
            // "Texas said"), but a small capital named like a person is the person ("Douglas said", not the Isle of Man's capital)
            bool personLike = Given(nameStart) || personNames.Contains(key);
            bool speakerSized = places.All(p => p.GeonameId is not null && !(p.FeatureCode == "PPLC" && (p.Population >= 100_000 || !personLike))
                && (p.Kind == Sitrep.Places.PlaceKind.City ? p.Population < 300_000 : p.Kind is Sitrep.Places.PlaceKind.Admin1 or Sitrep.Places.PlaceKind.Admin2 && p.Population < 1_000_000));
            // (unless the sentence places it: "a resident of Lubbock told", "the hospital in Montpellier said" — a small town only by
            // "in", "near", "outside", "around", "across" or "throughout" before it or the list it ends, "Officials in Bentiu said",
            // "Officials in Mirpur and Kotli said", or by a word for the town or its office and "of", "the mayor of Timmins said";
            // but "a statement from Nelson said", and "at" is as often a university's or a firm's: "Researchers at Duke said",
            // "Analysts at Bernstein said")
            bool locatedSmall = LocatedBefore(d, nameStart);
            if ((small && !locatedSmall || speakerSized && !Placed(d, nameStart, end, resources.Nouns, resources.Triggers)) && end < d.Tokens.Length && d.SentenceOfToken(end) == d.SentenceOfToken(nameStart) && cues.Is(d.Key(end), CueKind.Report))
                return false;
            // ("Mr. Jordan", "Mrs. Lincoln": the title's full stop stands between)
            if (AfterAbbreviatedTitle(d, nameStart) || nameStart > 0 && titles.Contains(d.Key(nameStart - 1)))
                return false;
            // "State Sen. Mike Hall": an abbreviated title before a name is no town it spells (Senj, Croatia, goes by "Sen")
            if (AbbreviatedTitles.Contains(key) && end + 1 < d.Tokens.Length && d.Key(end) == "." && d.IsCapitalised(end + 1) && !d.IsAllCaps(nameStart))
                return false;
        }
        // "Hwange National Park", "Tsavo East National Park": a small town of two words or more right after a word that opens a
        // longer name is that name's end — National Park, New Jersey, is no part of Zimbabwe's park
        // (not a name that states its own level, "the Al Mayadin district", nor one after an Arabic article, nor a town whose size
        // GeoNames does not know — many a Syrian district seat: "Idlibs Maarat al-Numaan")
        else if (Minor(places, 20_000) && places.All(p => p.GeonameId is not null && p.Population > 0) && !d.IsClauseInitial(nameStart) && !d.IsAllCaps(nameStart)
                 && !featureWords.Contains(d.Key(end - 1)) && !TextFolding.IsArticle(d.Key(nameStart - 1)) && InName(d, gaz, resources.Nouns, nameStart)
                 // (a place of its own country before it is the city it is a part of: "London King's Cross")
                 && !gaz.Names.Match(d.Tokens.AsSpan(), nameStart - 1, nameStart).Values.Any(v => places.Any(p => p.Country == v.Country)))
            return false;
        return true;
    }

    /// <summary>
    /// Adds the places a hyphenated word names in its parts ("Britain-based", "Saudi-led", "anti-Russian", "Amsterdam-London")
    /// when the word as a whole names none and every part is a lower-case affix or a well-known name: a country, a state or
    /// region, a city of 100,000, or a nationality. They are modifiers, not where anything happened: marked like demonyms and
    /// as <see cref="PlaceMention.Modifier"/>, which keeps them out of the resolver's context and the events' countries. The ends
    /// of a route ("the Mandalay-Muse road") are read so whatever their size.
    /// Returns how many tokens it took (0 where the word names nothing so).
    /// </summary>
    private static int HyphenParts(Document d, Sitrep.Places.Gazetteer gaz, CueLexicon cues, WordClasses nouns, int i, int sentenceEnd, ImmutableArray<PlaceMention>.Builder result)
    {
        var token = d.Tokens[i];
        var text = d.Text.AsSpan(token.Start, token.End - token.Start);
        if (text.IndexOf('-') <= 0 || gaz.Names.Match(d.Tokens.AsSpan(), i, sentenceEnd).Length > 0 || gaz.Demonyms.Match(d.Tokens.AsSpan(), i, sentenceEnd).Length > 0) return 0;
        // "the Mandalay-Muse road", "the Elegu-Nimule border crossing": the ends of a route are places whatever their size (still
        // modifiers: a road runs between them, and a border between two countries lies in neither)
        bool route = i + 1 < sentenceEnd && d.Tokens[i + 1].Kind == TokenKind.Word && nouns.Of(WordClasses.RouteWord).Contains(d.Key(i + 1));
        var found = new List<PlaceMention>();
        int start = token.Start, smallEnds = 0;
        for (int k = token.Start; k <= token.End; k++)
        {
            if (k < token.End && d.Text[k] != '-') continue;
            var part = new TextSpan(start, k);
            start = k + 1;
            if (part.End <= part.Start) return 0;
            // ("English-language", "French-speaking": a language, no place)
            if (char.IsLower(d.Text[part.Start]))
            {
                if (found.Count > 0 && d.Text.Substring(part.Start, part.End - part.Start) is var affix
                    && (nouns.Of(WordClasses.LanguageWord).Contains(affix) || nouns.Of(WordClasses.SpeechVerb).Contains(affix))) return 0;
                continue;
            }
            var tokens = Tokenizer.Tokenize(d.Text, part);
            if (tokens.Length != 1) return 0;
            // "Rep. Wendell Gilliard, D-Charleston", "R-Texas", "D-Calif.": a legislator's party before the place they represent,
            // which names the place whatever its size — after a person's name and a comma or bracket ("D-Day", "June 6, 1944
            // (D-Day)" and "on June 6, D-Day, at five beaches" are no party's)
            if (part.Start == token.Start && part.End - part.Start == 1 && d.Text[part.Start] is 'D' or 'R' or 'I' && token.End - part.End >= 2 && char.IsUpper(d.Text[part.End + 1])
                && i > 1 && d.Key(i - 1) is "," or "(" && d.Tokens[i - 2].Kind == TokenKind.Word && d.IsCapitalised(i - 2))
            {
                // (the place's name may go on past the hyphenated word, "R-Elbow Lake", "D-Iowa City", or the abbreviation's
                // full stop, "D-Calif.")
                // (read afresh from the hyphen on: "R-S.C." is "S.C." to the gazetteer, not "S", ".", "C", "." — whose first
                // full stop may even have ended the sentence)
                var rest = Tokenizer.Tokenize(d.Text, new TextSpan(part.End + 1, d.Tokens[Math.Min(i + 4, d.Tokens.Length - 1)].End));
                var (pl, matched) = gaz.Names.Match(rest.AsSpan(), 0, rest.Length);
                // (a US legislator's place is American: "R-Lebanon" is Pennsylvania's, "D-Philadelphia" no Amman)
                var party = matched.Where(p => p.Country == "US").ToList();
                if (pl == 0 || party.Count == 0) return 0;
                int used = 1;
                while (i + used < d.Tokens.Length && d.Tokens[i + used].End <= rest[pl - 1].End) used++;
                // (and punctuation or a conjunction closes it: ", R-Texas, said", "(R-Ocilla)", "D-Story City and Rep. Vicki
                // Lensing" — "In June 1944, D-Day began" is no party's)
                if (i + used < d.Tokens.Length && d.Tokens[i + used].Kind == TokenKind.Word && d.Key(i + used) is not ("and" or "or")
                    && d.SentenceOfToken(i + used) == d.SentenceOfToken(i)) return 0;
                result.Add(new PlaceMention(new TextSpan(part.End + 1, rest[pl - 1].End), i, i + used, party) { IsDemonym = true, Modifier = true });
                return used;
            }
            // ("Shan-North", "Soviet-era": a direction or a common word is an affix too)
            if (Directions.Contains(tokens[0].Key) || cues.Is(tokens[0].Key, CueKind.NotPlace)) continue;
            var (dl, countries) = gaz.Demonyms.Match(tokens.AsSpan(), 0, 1);
            var (nl, places) = gaz.Names.Match(tokens.AsSpan(), 0, 1);
            if (dl == 1) found.Add(new PlaceMention(part, i, i + 1, countries) { IsDemonym = true, Modifier = true });
            // (a city only under its own name: "Hamas-run" is no Hamm, which lists "Hamas" as an alternate)
            else if (nl == 1 && places.Any(p => p.Kind is Sitrep.Places.PlaceKind.Country or Sitrep.Places.PlaceKind.Admin1 or Sitrep.Places.PlaceKind.Region
                                                || p.Kind == Sitrep.Places.PlaceKind.City && p.Population >= 100_000
                                                   && Geocoding.ToponymResolver.KeyOf(p.Name) == Geocoding.ToponymResolver.KeyOf(d[part])))
            {
                // (short capitals are an acronym, of a country or area only: "UK-based" is no Uk, a village of Russia, in a Russian story;
                // "UFA-based" names no area, so nothing)
                var readings = part.End - part.Start <= 3 && !d.Text.AsSpan(part.Start, part.End - part.Start).ContainsAnyExceptInRange('A', 'Z') ? AreaReadings(places) : places;
                if (readings.Count == 0) return 0;
                found.Add(new PlaceMention(part, i, i + 1, readings) { IsDemonym = true, Modifier = true });
            }
            // (a town under its own name, not an acronym nor a prefix an alternate name holds: "the Kabul-Torkham highway", but no
            // "MSF-run bus", and "the Trans-Canada Highway" is no Trans-en-Provence)
            else if (route && nl == 1 && part.End - part.Start > 3 && char.IsLower(d.Text[part.Start + 1])
                     && Geocoding.ToponymResolver.KeyOf(d[part]) is var partKey
                     && places.Where(p => Geocoding.ToponymResolver.KeyOf(p.Name) == partKey).ToList() is { Count: > 0 } towns)
            {
                found.Add(new PlaceMention(part, i, i + 1, towns) { IsDemonym = true, Modifier = true });
                smallEnds++;
            }
            else return 0;
        }
        if (found.Count == 0) return 0;
        // (a small town's end lies within a day's drive of the other end: "the Mercedes-Benz road" joins no Uruguayan town to a
        // German one)
        if (smallEnds > 0 && !found.All(a => found.Any(b => !ReferenceEquals(a, b) && a.Candidates.Any(x => b.Candidates.Any(y => x.DistanceKm(y) < 1_000)))))
            return 0;
        result.AddRange(found);
        return 1;
    }

    /// <summary>
    /// Whether "in", "near", "outside", "around", "across" or "throughout" places the name at <paramref name="k"/>, directly or
    /// before a list it ends ("in Albury and Griffith"), or a word for a town or its office before "of" ("the mayor of Timmins").
    /// </summary>
    private static bool LocatedBefore(Document d, int k)
    {
        // (a speaker after a comma is no list's: "Speaking in Sydney, Griffith said")
        int p = BeforeList(d, k, conjunctionFirst: true);
        if (p < 0 || d.SentenceOfToken(p) != d.SentenceOfToken(k)) return false;
        if (d.Key(p) is "in" or "near" or "outside" or "around" or "across" or "throughout") return true;
        return p >= 1 && d.Key(p) == "of" && d.Key(p - 1) is "town" or "city" or "village" or "mayor" or "council" or "municipality" or "district" or "suburb" or "shire";
    }

    /// <summary>
    /// The token before the coordinated list of capitalised names that token <paramref name="k"/> is in ("in Wau, Yei and Aweil"
    /// from "Yei" or "Aweil": "in"), or the token right before <paramref name="k"/> where no list joins it to names before it.
    /// With <paramref name="conjunctionFirst"/>, only "and" or "or" join the list, and one right before the name: "Speaking in
    /// Sydney, Griffith said" and "in Washington, Kirby and Price said" are no lists of places. -1 at the document's start.
    /// </summary>
    internal static int BeforeList(Document d, int k, bool conjunctionFirst = false)
    {
        int sentence = d.SentenceOfToken(k), p = k - 1;
        if (p < 1 || conjunctionFirst && d.Key(p) is not ("and" or "or")) return p;
        // (with conjunctionFirst no comma either: "At a briefing in Washington, Kirby and Price said" lists speakers after a venue)
        while (p >= 1 && (d.Key(p) is "and" or "or" || !conjunctionFirst && d.Key(p) == ",") && d.Tokens[p - 1].Kind == TokenKind.Word && d.IsCapitalised(p - 1) && d.SentenceOfToken(p - 1) == sentence)
        {
            p--;
            while (p >= 1 && d.Tokens[p - 1].Kind == TokenKind.Word && d.IsCapitalised(p - 1) && !d.IsClauseInitial(p) && d.SentenceOfToken(p - 1) == sentence) p--;
            p--;
        }
        return p;
    }

    /// <summary>
    /// Whether a short word in capitals opens a wire dateline: first in its sentence or line, then a news agency's credit in
    /// brackets or a dash, directly or after a comma and its country or state ("WAU, South Sudan (AP) -", "JOS (Reuters) -",
    /// "GAO, Mali —").
    /// </summary>
    private static bool ShortDateline(Document d, int k, int sentenceEnd)
    {
        if (d.Tokens[k].End - d.Tokens[k].Start > 3 || !OpensLine(d, k)) return false;
        int t = k + 1;
        if (t < sentenceEnd && d.Key(t) == ",")
        {
            t++;
            int words = 0;
            while (t < sentenceEnd && words < 4 && d.Tokens[t].Kind == TokenKind.Word && d.IsCapitalised(t)) { t++; words++; }
            if (words == 0) return false;
        }
        return t < sentenceEnd && (d.Key(t) is "-" or "--" or "—" or "–"
                                   || d.Key(t) == "(" && t + 2 < sentenceEnd && d.Tokens[t + 1].Kind == TokenKind.Word && d.IsCapitalised(t + 1) && d.Key(t + 2) == ")");
    }

    /// <summary>Whether token <paramref name="k"/> opens its sentence or a line, as a dateline does.</summary>
    private static bool OpensLine(Document d, int k) =>
        d.IsSentenceStart(k) || k > 0 && d.Text.AsSpan(d.Tokens[k - 1].End, d.Tokens[k].Start - d.Tokens[k - 1].End).Contains('\n');

    /// <summary>
    /// "the swollen Mississippi burst its banks", "the Benue rose": a name after "the" (with at most a river's own adjective or
    /// verb form between, "swollen", "mighty") that a river of the gazetteer bears as "X River" or "River X" is that river where
    /// what follows cannot make it describe something else — the sentence's end, a full stop or semicolon, a comma before a
    /// lower-case word, a preposition or other function word, a river's verb or feature; "the Ohio delegation", "the Ohio
    /// Department of Health", "the Benue, Plateau and Nasarawa states", "the Columbia, Mo., school district", "the restive
    /// Helmand", "the shuttle Columbia" stay what they were. Never a country ("the Gambia", "the Congo", "the Niger"), a national
    /// capital ("the Kabul government") or a name that is a river already ("the Indus").
    /// </summary>
    private static IReadOnlyList<Place>? RiverAfterArticle(Document d, Gazetteer gaz, WordClasses nouns, int start, int end, int sentenceEnd, IReadOnlyList<Place> places)
    {
        var riverWords = nouns.Of(WordClasses.RiverVerb);
        int k = start - 1;
        if (k >= 0 && d.Tokens[k].Kind == TokenKind.Word && !d.IsCapitalised(k) && riverWords.Contains(d.Key(k))) k--;
        if (k < 0 || d.Key(k) != "the" || d.Tokens[k].Kind != TokenKind.Word) return null;
        if (places.Any(p => p.Kind == Sitrep.Places.PlaceKind.Country || p.FeatureCode is "PPLC" or "STM")) return null;
        if (end < sentenceEnd)
        {
            var after = d.Key(end);
            bool lowerNext = end + 1 >= sentenceEnd || d.Tokens[end + 1].Kind == TokenKind.Word && !d.IsCapitalised(end + 1);
            bool ok = d.Tokens[end].Kind == TokenKind.Word
                ? !d.IsCapitalised(end) && (AfterRiver.Contains(after) || riverWords.Contains(after) || nouns.Of(WordClasses.RiverWord).Contains(after))
                : after is "." or ";" or ":" or ")" || after is "," or "'s" or "’s" && lowerNext;
            if (!ok) return null;
        }
        var name = d.Tokens.AsSpan(start, end - start);
        var river = new Token(d.Tokens[end - 1].Span, TokenKind.Word, "river");
        foreach (Token[] asked in (Token[][])[[.. name, river], [river, .. name]])
            if (gaz.Names.Match(asked, 0, asked.Length) is { Length: var l, Values: var found } && l == asked.Length
                && found.Where(p => p.FeatureCode == "STM").ToList() is { Count: > 0 } rivers)
                return rivers;
        return null;
    }

    private static readonly FrozenSet<string> AfterRiver = FrozenSet.ToFrozenSet(
        ["in", "at", "on", "near", "to", "from", "into", "through", "across", "along", "as", "which", "that", "was", "is", "has", "had", "have",
         "were", "are", "will", "would", "could", "with", "by", "for", "after", "before", "since", "where", "when", "while", "but", "than",
         "no", "now", "still", "also", "again"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Locatives = FrozenSet.ToFrozenSet(
        ["in", "at", "near", "from", "to", "into", "outside", "toward", "towards", "across", "around", "through", "via", "between"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the text places the one-word name: an attack verb before it ("raided Jericho"), a locative ("in Tyler", "in
    /// west Clare", "Theresa Pilkington of Jeannette"), a qualifier after it ("Tyler, Texas"), a dateline ("WINONA --",
    /// "Albany —"), a noun it modifies as a town does ("Winona man", "Roselle police", "Camden clinic"), or a list it shares
    /// with other names ("Gainesville and Lindsay").
    /// </summary>
    private static bool Placed(Document d, int nameStart, int end, WordClasses nouns, TriggerLexicon triggers)
    {
        int k = nameStart - 1;
        if (AttackVerbAt(d, k, triggers)) return true;
        if (k >= 0 && Directions.Contains(d.Key(k))) k--;
        if (k >= 0 && (Locatives.Contains(d.Key(k)) || d.Key(k) == "of")) return true;
        if (d.IsAllCaps(nameStart)) return true;
        if (end >= d.Tokens.Length) return false;
        int sentence = d.SentenceOfToken(nameStart);
        bool Capitalised(int t) => t >= 0 && t < d.Tokens.Length && d.Tokens[t].Kind == TokenKind.Word && d.IsCapitalised(t) && d.SentenceOfToken(t) == sentence;
        if (d.Key(end) == "," && Capitalised(end + 1)) return true;
        // "Albany — An Albany man …": a dateline
        if (d.Key(end) == "-" && d.IsClauseInitial(nameStart)) return true;
        if (d.Tokens[end].Kind == TokenKind.Word && !d.IsCapitalised(end) && TownNoun(nouns, d.Key(end))) return true;
        return d.Key(end) is "and" or "or" && Capitalised(end + 1) || nameStart > 1 && d.Key(nameStart - 1) is "and" or "or" or "," && Capitalised(nameStart - 2);
    }

    /// <summary>
    /// Whether token <paramref name="k"/> is an attack verb in lower case, whose object is where it happened: "Israeli forces
    /// raided Jericho", "rebels seized Bria" (a battle's, a strike's or a capture's, not "shot Ali", "abducted Omar", "arrested
    /// Isa": people are shot, abducted and arrested).
    /// </summary>
    private static bool AttackVerbAt(Document d, int k, TriggerLexicon triggers) =>
        k >= 0 && d.Tokens[k].Kind == TokenKind.Word && !d.IsCapitalised(k) && triggers.Entries.Match(d.Tokens.AsSpan(), k, k + 1) is { Length: 1 } t
        && t.Values.Any(e => !e.Nominal && (e.Flags.HasFlag(TriggerFlags.Territory) || e.Type.Type is Sitrep.Events.EventType.Battles or Sitrep.Events.EventType.Explosions));

    /// <summary>
    /// Whether an attack verb or "in", "near", "into", "from", "outside", "around", "across" or "throughout" places the name at
    /// <paramref name="k"/>, directly or before a list it ends ("attacked Macomia", "in Saraf Omra and Kabkabiya").
    /// </summary>
    private static bool PlacedInProse(Document d, int k, TriggerLexicon triggers)
    {
        int p = BeforeList(d, k);
        if (p < 0 || d.SentenceOfToken(p) != d.SentenceOfToken(k)) return false;
        return d.Key(p) is "in" or "near" or "into" or "from" or "outside" or "around" or "across" or "throughout" || AttackVerbAt(d, p, triggers);
    }

    /// <summary>Whether the story also writes token <paramref name="k"/>'s word alone, with no capitalised word or only a title before it ("Bush said", "Mr Bush").</summary>
    private static bool UsedAlone(Document d, int k, FrozenSet<string> titles)
    {
        var key = d.Key(k);
        for (int t = 0; t < d.Tokens.Length; t++)
            if (t != k && d.Key(t) == key && d.IsCapitalised(t) && (t == 0 || d.Tokens[t - 1].Kind != TokenKind.Word || !d.IsCapitalised(t - 1) || titles.Contains(d.Key(t - 1)))) return true;
        return false;
    }

    /// <summary>
    /// Whether the capitalised word at <paramref name="k"/> reads only as a surname: one word, ending the name (or followed by
    /// up to <paramref name="more"/> more such words), that names no place of 100,000 people, no country, area or region, and is no English word — not
    /// one of the common words, nor one the story writes in lower case, nor a hyphenated compound, nor a word the rules
    /// know from places' and institutions' names, nor a day's or month's name.
    /// </summary>
    private static bool Surname(Document d, SitrepResources resources, int k, HashSet<string> lowerWords, int more = 2)
    {
        var key = d.Key(k);
        // (nor an actor's name of its own: "Farah Taliban fighters" — but "Vladimir Putin", one actor, is the person)
        if (!PlainNameWord(d, resources, k, lowerWords) || ActorStartsAt(d, k)) return false;
        // (nor a word of a place's or an institution's name, "Madison Creek", "Madison Twp.", "Jackson Memorial", nor an
        // abbreviation — a short word before a full stop the sentence goes on after: "Hassan Ali." ends a sentence)
        if (FeatureNoun(resources.Nouns, key)
            || key.Length <= 4 && k + 2 < d.Tokens.Length && d.Key(k + 1) == "." && d.SentenceOfToken(k + 2) == d.SentenceOfToken(k)) return false;
        // (a name of several such words is a person's too: "Ahmad Saleh Ibrahim", "Hassan Ali Tirmus")
        if (k + 1 < d.Tokens.Length && d.Tokens[k + 1].Kind == TokenKind.Word && d.IsCapitalised(k + 1) && d.SentenceOfToken(k + 1) == d.SentenceOfToken(k)
            && (more == 0 || !Surname(d, resources, k + 1, lowerWords, more - 1))) return false;
        // (a given name there is a person's middle name, whatever town bears it: "Hassan Ali Tirmus")
        var (len, places) = resources.Gazetteer.Names.Match(d.Tokens.AsSpan(), k, Math.Min(d.Tokens.Length, k + 4));
        return len <= 1 && (resources.GivenNames.Contains(key) || Minor(places, 100_000));
    }

    /// <summary>
    /// A capitalised word (not in capitals) that is no English word: not hyphenated, not one of the common words or a word the
    /// story writes in lower case, no cue word that is never a place, no day or month, no article, direction or demonym, not
    /// inside a date.
    /// </summary>
    private static bool PlainNameWord(Document d, SitrepResources resources, int k, HashSet<string> lowerWords)
    {
        if (d.Tokens[k].Kind != TokenKind.Word || !d.IsCapitalised(k) || d.IsAllCaps(k)) return false;
        var key = d.Key(k);
        return !key.Contains('-') && !resources.CommonWords.Contains(key) && !lowerWords.Contains(key) && !resources.Cues.Is(key, CueKind.NotPlace)
               && !AlwaysCapitalised.Contains(key) && !TextFolding.IsArticle(key) && !Directions.Contains(key) && !InDate(d, k)
               && resources.Gazetteer.Demonyms.Match(d.Tokens.AsSpan(), k, k + 1).Length == 0;
    }

    /// <summary>
    /// Whether a reading is a first-level area of fewer than 20,000 people, as small as a town: the Isle of Man's parishes
    /// "Michael" and "Patrick", Cape Verde's "Paul" ("Michael Sicilia" is a person).
    /// </summary>
    private static bool TinyParish(Sitrep.Places.Place p) => p.Kind == Sitrep.Places.PlaceKind.Admin1 && p.Population < 20_000 && p.GeonameId is not null;

    /// <summary>Whether every reading is a town, landmark or district of fewer than <paramref name="population"/> people.</summary>
    private static bool Minor(IReadOnlyList<Sitrep.Places.Place> places, long population)
    {
        foreach (var p in places)
            if (p.Kind is not (Sitrep.Places.PlaceKind.City or Sitrep.Places.PlaceKind.Landmark or Sitrep.Places.PlaceKind.Admin2) || p.Population >= population) return false;
        return true;
    }

    /// <summary>The country, first-level area and region readings ("UK", "US": what an acronym can name).</summary>
    private static List<Sitrep.Places.Place> AreaReadings(IReadOnlyList<Sitrep.Places.Place> places) =>
        places.Where(p => p.Kind is Sitrep.Places.PlaceKind.Country or Sitrep.Places.PlaceKind.Admin1 or Sitrep.Places.PlaceKind.Region).ToList();

    /// <summary>A lower-case word that may follow a person's name: a preposition, conjunction, auxiliary or reporting verb ("Nawras Hassan in Damascus", "… Hassan said").</summary>
    private static bool FunctionWordAfterName(CueLexicon cues, string key) =>
        key is "in" or "at" or "of" or "from" or "on" or "to" or "and" or "or" or "who" or "was" or "is" or "were" or "has" or "had" or "will" or "would"
            or "'s" or "’s" || cues.Is(key, CueKind.Report);

    /// <summary>Whether token <paramref name="k"/> lies inside a recognised date.</summary>
    internal static bool InDate(Document d, int k)
    {
        foreach (var x in d.Dates)
            if (x.FirstToken <= k && k < x.EndToken) return true;
        return false;
    }

    private static bool ActorStartsAt(Document d, int k)
    {
        foreach (var a in d.Actors)
            if (a.FirstToken == k) return true;
        return false;
    }

    /// <summary>
    /// ", Kentucky,", ", Ky. (AP)", ", in Kent,": right after a comma after token <paramref name="end"/> - 1, a first-level area or
    /// a country (after "in", a county too) that holds one of the town's <paramref name="readings"/>, and punctuation or the
    /// sentence's end after it — not "Still, France said", "Early, Texas officials said".
    /// </summary>
    private static bool QualifiedByArea(Document d, Sitrep.Places.Gazetteer gaz, int end, IReadOnlyList<Sitrep.Places.Place> readings)
    {
        if (end + 1 >= d.Tokens.Length || d.Key(end) != ",") return false;
        int k = d.Key(end + 1) == "in" && end + 2 < d.Tokens.Length ? end + 2 : end + 1;
        if (d.Tokens[k].Kind != TokenKind.Word || !d.IsCapitalised(k)) return false;
        var (len, areas) = gaz.Names.Match(d.Tokens.AsSpan(), k, Math.Min(d.Tokens.Length, k + 4));
        if (len == 0 || k + len < d.Tokens.Length && d.Tokens[k + len].Kind == TokenKind.Word && d.SentenceOfToken(k + len) == d.SentenceOfToken(k)) return false;
        foreach (var area in areas)
        {
            if (!(area.Kind is Sitrep.Places.PlaceKind.Admin1 or Sitrep.Places.PlaceKind.Country || k > end + 1 && area.Kind == Sitrep.Places.PlaceKind.Admin2)) continue;
            foreach (var town in readings)
                if (town.Country == area.Country && (area.Kind == Sitrep.Places.PlaceKind.Country || town.Admin1 == area.Admin1
                    && (area.Kind == Sitrep.Places.PlaceKind.Admin1 || town.Admin2 == area.Admin2))) return true;
        }
        return false;
    }

    /// <summary>A town's own offices after its name: "Humble police", "Comfort ISD", "Hazard city council" (not "officials" or "residents", which follow adjectives too: "Federal authorities").</summary>
    private static bool TownOffice(string key) =>
        key is "police" or "sheriff" or "council" or "mayor" or "isd" or "schools" or "city" or "county" or "township";

    /// <summary>Whether the story writes the name elsewhere where it can only be a place: after "in", "near", "at", "from", "outside" or "of", or with ", State" after it.</summary>
    private static bool PlacedElsewhere(Document d, Sitrep.Places.Gazetteer gaz, string key, int here, IReadOnlyList<Sitrep.Places.Place> readings)
    {
        for (int t = 0; t < d.Tokens.Length; t++)
            if (t != here && d.Key(t) == key && d.IsCapitalised(t)
                && (t > 0 && d.Key(t - 1) is "in" or "near" or "at" or "from" or "outside" or "of" && !d.IsCapitalised(t - 1) || QualifiedByArea(d, gaz, t + 1, readings)))
                return true;
        return false;
    }

    /// <summary>A noun the rules know as a facility, installation, feature, thoroughfare, institution or part of a place ("camp", "airport", "valley").</summary>
    internal static bool FeatureNoun(WordClasses nouns, string key) =>
        nouns.Of(WordClasses.Facility).Contains(key) || nouns.Of(WordClasses.InstallationWord).Contains(key) || nouns.Of(WordClasses.FeatureWord).Contains(key)
        || nouns.Of(WordClasses.Thoroughfare).Contains(key) || nouns.Of(WordClasses.Institution).Contains(key) || nouns.Of(WordClasses.PlacePart).Contains(key);

    /// <summary>Whether a word that opens a name (<see cref="OpensName"/>) comes right before token <paramref name="k"/>, or an institution's word and "of".</summary>
    private static bool InName(Document d, Sitrep.Places.Gazetteer gaz, WordClasses nouns, int k)
    {
        int p = k - 1;
        // ("the Faculty of Law", "the Department of Homeland Security": after "of", only an institution's word opens the name —
        // "the Mayor of Hazard", "Residents of Hazard" place it)
        if (p > 0 && d.Key(p) == "of" && !d.IsCapitalised(p))
            return d.IsCapitalised(p - 1) && nouns.Of(WordClasses.Institution).Contains(d.Key(p - 1)) && d.SentenceOfToken(p - 1) == d.SentenceOfToken(k);
        return p >= 0 && d.SentenceOfToken(p) == d.SentenceOfToken(k) && OpensName(d, gaz, p);
    }

    /// <summary>
    /// Whether token <paramref name="p"/> is a word capitalised for its own sake ("al-Nazihin" too) that may open a longer name:
    /// not one capitalised only because it opens the clause ("Downtown Hazard", "The Hazard City Council", "Meanwhile al-Nusra"),
    /// nor a day or month, a date's word or a nationality ("On Tuesday Hazard officials", "Syrian al-Nusra").
    /// </summary>
    internal static bool OpensName(Document d, Sitrep.Places.Gazetteer gaz, int p) =>
        d.Tokens[p].Kind == TokenKind.Word && (d.IsCapitalised(p) && !d.IsClauseInitial(p) || IsArticlePrefixed(d, p))
        && !AlwaysCapitalised.Contains(d.Key(p)) && !InDate(d, p) && gaz.Demonyms.Match(d.Tokens.AsSpan(), p, p + 1).Length == 0;

    /// <summary>
    /// Whether the name at tokens [<paramref name="first"/>, <paramref name="end"/>) is a bare world-wire dateline: in capitals at
    /// the start of a sentence or line, before an international agency in brackets, with at most a date between ("LONDON
    /// (Reuters) -", "PARIS, Nov 30 (AFP) -"). Those wires name the state or country after any town but the well-known one of
    /// its name; a national agency or a station names its own towns bare ("PETERBOROUGH (CP)", "SPRINGFIELD (WICS)",
    /// "AURANGABAD (IANS)"), and a local paper's "ALEXANDRIA --" names no agency: those are left alone.
    /// </summary>
    internal static bool AgencyDateline(Document d, int first, int end)
    {
        if (first >= end || end >= d.Tokens.Length) return false;
        for (int k = first; k < end; k++) if (d.Tokens[k].Kind == TokenKind.Word && !d.IsAllCaps(k)) return false;
        if (!OpensLine(d, first)) return false;
        int t = end;
        if (d.Key(t) == ",")
        {
            t++;
            while (t < d.Tokens.Length && t < end + 5 && (d.Tokens[t].Kind == TokenKind.Number || d.Tokens[t].Kind == TokenKind.Word && d.IsCapitalised(t) && DateScanner.Months.ContainsKey(d.Key(t)) || d.Key(t) == ".")) t++;
            if (t == end + 1) return false;
        }
        return t + 2 < d.Tokens.Length && d.Key(t) == "(" && WorldWires.Contains(d.Key(t + 1)) && d.Key(t + 2) == ")";
    }

    private static readonly FrozenSet<string> WorldWires = FrozenSet.ToFrozenSet(["reuters", "ap", "afp", "upi", "bloomberg", "dpa", "efe"], StringComparer.Ordinal);

    /// <summary>Whether token <paramref name="k"/>, right after a name, is the town's own office or a noun it modifies as a town does ("Naples police", "a Paris man").</summary>
    internal static bool LocalWordAfter(Document d, int k, WordClasses nouns) =>
        k < d.Tokens.Length && d.Tokens[k].Kind == TokenKind.Word && (TownOffice(d.Key(k)) || !d.IsCapitalised(k) && TownNoun(nouns, d.Key(k)));

    /// <summary>The nouns a town's name modifies in local news: "Winona man", "Roselle police", "Camden clinic", "Shiloh students".</summary>
    private static bool TownNoun(WordClasses nouns, string key) =>
        nouns.Of(WordClasses.PersonNoun).Contains(key) || nouns.Of(WordClasses.PersonPlural).Contains(key) || nouns.Of(WordClasses.CivilianPlace).Contains(key)
        || nouns.Of(WordClasses.Facility).Contains(key) || nouns.Of(WordClasses.PlacePart).Contains(key);

    private static bool Holiday(Document d, int end)
    {
        int k = end < d.Tokens.Length && d.Key(end) == "'s" ? end + 1 : end;
        // ("Kherson\nDay 300 of the war": a heading's next line is no holiday)
        return k < d.Tokens.Length && d.Key(k) == "day" && d.IsCapitalised(k) && end > 0 && d.SentenceOfToken(k) == d.SentenceOfToken(end - 1);
    }

    /// <summary>Whether every reading is a town, district or landmark that goes by the matched words only as an alternate name.</summary>
    private static bool AlternateOnly(Document d, int nameStart, int end, IReadOnlyList<Sitrep.Places.Place> places)
    {
        if (!places.All(p => p.Kind is Sitrep.Places.PlaceKind.City or Sitrep.Places.PlaceKind.Admin2 or Sitrep.Places.PlaceKind.Landmark)) return false;
        // (both keys folded alike: "Quetta" is Quetta's own name under the loose key too)
        var key = Geocoding.ToponymResolver.KeyOf(d[d.SpanOf(nameStart, end)]);
        return places.All(p => Geocoding.ToponymResolver.KeyOf(p.Name) != key);
    }

    private static readonly FrozenSet<string> AlwaysCapitalised = FrozenSet.ToFrozenSet(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june", "july",
         "august", "september", "october", "november", "december"], StringComparer.Ordinal);

    /// <summary>
    /// A possessive whose apostrophe was stripped ("Aleppos Salaheddin district", "near Syrias capital"), in a text with none
    /// left (a word ending in s elsewhere is a plural: "Humans", "Turkeys"), not opening a clause: a country, a
    /// first-level area or a city of 100,000 people under the name without its final s, which the story also writes alone (or,
    /// for a country, as a demonym) —
    /// not a given name ("Georges") nor a plural the story writes in lower case ("Falcons").
    /// </summary>
    private static (int Length, IReadOnlyList<Sitrep.Places.Place> Places) Possessive(Sitrep.Places.Gazetteer gaz, NameList givenNames, Document d, int i,
        HashSet<string> lowerWords)
    {
        var key = d.Key(i);
        if (lowerWords.Contains(key)) return (0, []);
        var stemmed = Stem(gaz, d, i);
        if (stemmed.Count == 0) return (0, []);
        var stem = key[..^1];
        if (givenNames.Contains(stem)) return (0, []);
        // (a story may name a country only with its demonym: "near Syrias capital … the Syrian Observatory")
        if (!d.Tokens.Any(t => t.Key == stem)
            && !stemmed.Any(p => p.Kind == Sitrep.Places.PlaceKind.Country && d.Tokens.Any(t => t.Kind == TokenKind.Word && char.IsUpper(d.Text[t.Start]) && gaz.Demonym([t])?.Country == p.Country)))
            return (0, []);
        var fit = stemmed.Where(p => p.Kind is Sitrep.Places.PlaceKind.Country or Sitrep.Places.PlaceKind.Admin1 || p.Kind == Sitrep.Places.PlaceKind.City && p.Population >= 100_000).ToList();
        return fit.Count > 0 ? (1, fit) : (0, []);
    }

    /// <summary>
    /// Longest gazetteer name from token <paramref name="i"/> under loose keys: names whose loose key differs from their own
    /// are indexed under it after a "~" marker; names whose loose key is their own ("Darkush") only under that key, which a
    /// transliterated vowel ("Darkoush", "Deir") may reach — but not a doubled letter or an English ending ("Sunni", "Baath",
    /// "Hartmann" are no Suni, Bath or Hartman).
    /// </summary>
    internal static (int Length, IReadOnlyList<Sitrep.Places.Place> Places) LooseMatch(Sitrep.Places.Gazetteer gaz, Document d, int i, int end)
    {
        var probe = new List<Token> { new(new TextSpan(0, 0), TokenKind.Punctuation, "~") };
        bool vowelsOnly = true;
        for (int k = i; k < Math.Min(end, i + 4) && d.Tokens[k].Kind == TokenKind.Word; k++)
        {
            var key = d.Key(k);
            var looseKey = Sitrep.Places.Gazetteer.LooseKeys([key])[0];
            probe.Add(d.Tokens[k] with { Key = looseKey });
            if (looseKey != key && TextFolding.FoldVowelDigraphs(key) != looseKey) vowelsOnly = false;
        }
        var (len, places) = gaz.Names.Match(CollectionsMarshal.AsSpan(probe), 0, probe.Count);
        if (len > 1) return (len - 1, places);
        if (!vowelsOnly) return (0, []);
        (len, places) = gaz.Names.Match(CollectionsMarshal.AsSpan(probe), 1, probe.Count);
        return len > 0 ? (len, places) : (0, []);
    }

    /// <summary>The gazetteer name from token <paramref name="i"/>, which holds an apostrophe inside the word, read without its apostrophes.</summary>
    internal static (int Length, IReadOnlyList<Sitrep.Places.Place> Places) WithoutApostrophes(Sitrep.Places.Gazetteer gaz, Document d, int i, int end)
    {
        var key = d.Key(i);
        if (d.Tokens[i].Kind != TokenKind.Word || key.IndexOf('\'', 1) is not (> 0 and var at) || at >= key.Length - 1) return (0, []);
        var probe = new List<Token>();
        for (int k = i; k < Math.Min(end, i + 4); k++)
            probe.Add(d.Tokens[k] with { Key = d.Tokens[k].Kind == TokenKind.Word ? d.Key(k).Replace("'", "") : d.Key(k) });
        var (len, places) = gaz.Names.Match(CollectionsMarshal.AsSpan(probe), 0, probe.Count);
        // (not a pinyin name, whose apostrophe breaks syllables: "the Da'wa party" is no Dawa, China)
        var kept = places.Where(p => !Sitrep.Places.Gazetteer.WithoutApostropheUnsafe(p.Country)).ToList();
        return len > 0 && kept.Count > 0 ? (len, kept) : (0, []);
    }

    /// <summary>
    /// The gazetteer name a hyphenated token <paramref name="i"/> spells with hyphens for spaces ("Ras-al-Ain" for Ras al-Ain,
    /// "Dera-Ismail-Khan"), possibly going on over the next tokens; its length in tokens (0 when none covers every part).
    /// </summary>
    internal static (int Length, IReadOnlyList<Sitrep.Places.Place> Places) HyphenatedName(Sitrep.Places.Gazetteer gaz, IReadOnlyList<Token> tokens, int i, int end)
    {
        var key = tokens[i].Key;
        if (tokens[i].Kind != TokenKind.Word || key.IndexOf('-') <= 0) return (0, []);
        var parts = key.Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2) return (0, []);
        var found = Probe(parts);
        // (an article inside is written with its noun, "Jisr al-Shughur", which the index keys without it: "jisr shughur")
        if (found.Length == 0 && parts.Skip(1).Any(TextFolding.IsArticle))
            found = Probe(parts.Where((p, k) => k == 0 || k == parts.Length - 1 || !TextFolding.IsArticle(p)).ToArray());
        // ("Pétion-Ville": a place whose own name the gazetteer writes as one word, "Pétionville" — not an alternate name,
        // "Tristate" for Laughlin, Nevada)
        if (found.Length == 0 && parts.Length == 2 && Probe([string.Concat(parts)]) is { Length: > 0 } joined
            && joined.Places.Where(p => TextFolding.Key(p.Name) == string.Concat(parts)).ToList() is { Count: > 0 } own)
            found = (joined.Length, own);
        return found;

        (int Length, IReadOnlyList<Sitrep.Places.Place> Places) Probe(string[] words)
        {
            var probe = new List<Token>(words.Length + 3);
            foreach (var w in words) probe.Add(tokens[i] with { Key = w });
            for (int k = i + 1; k < Math.Min(end, i + 4); k++) probe.Add(tokens[k]);
            var (len, places) = gaz.Names.Match(CollectionsMarshal.AsSpan(probe), 0, probe.Count);
            return len >= words.Length ? (1 + len - words.Length, places) : (0, []);
        }
    }

    /// <summary>
    /// The longest name from token <paramref name="i"/> on that goes on past a lower-case article written apart between two
    /// capitalised words ("Deir al Zor", "Ras al Ain", "Tal al Abyad"), matched without the article as the index keys such names;
    /// length 0 where no such article lies inside the match.
    /// </summary>
    private static (int Length, IReadOnlyList<Sitrep.Places.Place> Places) SpacedArticle(Sitrep.Places.Gazetteer gaz, Document d, int i, int end)
    {
        if (i + 2 >= end || !SpacedArticleWord(d, i + 1) || d.Tokens[i + 2].Kind != TokenKind.Word || !d.IsCapitalised(i + 2)) return (0, []);
        var probe = new List<Token>(6);
        var at = new List<int>(6);
        for (int k = i; k < Math.Min(end, i + 8) && probe.Count < 6; k++)
        {
            if (k > i && SpacedArticleWord(d, k) && k + 1 < end && d.Tokens[k + 1].Kind == TokenKind.Word && d.IsCapitalised(k + 1)) continue;
            probe.Add(d.Tokens[k]);
            at.Add(k);
        }
        var (len, places) = gaz.Names.Match(CollectionsMarshal.AsSpan(probe), 0, probe.Count);
        // (only a match past the first article counts: "Deir" alone is what the plain lookup finds)
        return len >= 2 && at[len - 1] > i + 1 ? (at[len - 1] + 1 - i, places) : (0, []);
    }

    /// <summary>A lower-case Arabic article written as a word of its own ("al", "el", "ez") — not one English also uses: "at", "as", "an", "en".</summary>
    private static bool SpacedArticleWord(Document d, int k) =>
        TextFolding.IsArticle(d.Key(k)) && d.Key(k) is not ("at" or "as" or "an" or "en") && !d.IsCapitalised(k);

    /// <summary>Token <paramref name="k"/> follows an abbreviated title and its full stop ("Mr. Jordan").</summary>
    private static bool AfterAbbreviatedTitle(Document d, int k) => k > 1 && d.Key(k - 1) == "." && AbbreviatedTitles.Contains(d.Key(k - 2));

    // (only an abbreviation's full stop is no sentence end: "Municipal Court Judge. Columbus attorney …"; "Rep." is also a
    // republic's: "Dem. Rep. Congo")
    private static readonly FrozenSet<string> AbbreviatedTitles = FrozenSet.ToFrozenSet(
        ["mr", "mrs", "ms", "dr", "sen", "gov", "gen", "col", "maj", "rev", "sgt", "capt", "lt", "prof", "det", "cpl", "pvt"], StringComparer.Ordinal);

    /// <summary>
    /// Keys of words the story uses as surnames: a capitalised word right after a capitalised given name in running text
    /// (not at a sentence start, not a place name or actor of two words such as "At Tanf" or "New York"), or after a title.
    /// </summary>
    private static HashSet<string> PersonNames(Document d, Sitrep.Places.Gazetteer gaz, CueLexicon cues, NameList givenNames, HashSet<string> lowerWords, FrozenSet<string> titles, Dictionary<int, ActorMention> actorAt)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 1; k < d.Tokens.Length; k++)
        {
            if (d.Tokens[k].Kind != TokenKind.Word || !d.IsCapitalised(k) || d.IsAllCaps(k)) continue;
            // "Mrs. Lincoln", "Dr. Chu": a title and its full stop
            if (AfterAbbreviatedTitle(d, k) && d.IsCapitalised(k - 2)) { names.Add(d.Key(k)); continue; }
            if (d.Tokens[k - 1].Kind != TokenKind.Word && !MiddleInitial(d, k)) continue;
            if (d.SentenceOfToken(k - 1) != d.SentenceOfToken(k)) continue;
            var before = d.Key(k - 1);
            if (!titles.Contains(before))
            {
                // ("Theresa Halsey, 52, was arrested": a known given name opening the sentence opens a person's name too)
                // (not a word the story also writes in lower case: "Will Sderot be evacuated again? Families will not wait")
                bool openingGiven = d.IsClauseInitial(k - 1) && givenNames.Contains(before) && d.IsCapitalised(k - 1) && !d.IsAllCaps(k - 1)
                                    && d.SentenceOfToken(k - 1) == d.SentenceOfToken(k) && !lowerWords.Contains(before)
                                    && !AlwaysCapitalised.Contains(before)
                                    // (nor an auxiliary opening a question: "Will Sderot be evacuated again?")
                                    && d.Key(d.Sentences[d.SentenceOfToken(k)].EndToken - 1) != "?";
                if (!(AfterGivenName(d, k, cues, gaz) || openingGiven) || TextFolding.IsArticle(before)) continue;
                if (actorAt.ContainsKey(k - 1) || gaz.Names.Match(d.Tokens.AsSpan(), k - 1, Math.Min(d.Tokens.Length, k + 1)).Length == 2) continue;
            }
            names.Add(d.Key(k));
        }
        return names;
    }

    /// <summary>
    /// Token <paramref name="k"/> follows a capitalised word of the same sentence in running text, as a surname follows a
    /// given name: not after a sentence's first word, a day or month, a direction or a word that is never a place, nor in a
    /// Title Case headline.
    /// </summary>
    private static bool AfterGivenName(Document d, int k, CueLexicon cues, Sitrep.Places.Gazetteer gaz)
    {
        // "Tyrise M. Bell": a middle initial between the names is a person's name for sure
        if (MiddleInitial(d, k)) return true;
        if (k == 0 || d.Tokens[k - 1].Kind != TokenKind.Word || !d.IsCapitalised(k - 1) || d.IsAllCaps(k - 1) || d.IsClauseInitial(k - 1)) return false;
        if (d.SentenceOfToken(k - 1) != d.SentenceOfToken(k)) return false;
        var before = d.Key(k - 1);
        // ("near Al Tabqah": a capitalised Arabic article is part of the name, no given name; "Russian-occupied Enerhodar":
        // nor is a hyphenated word)
        return !AlwaysCapitalised.Contains(before) && !Directions.Contains(before) && !TextFolding.IsArticle(before) && !cues.Is(before, CueKind.NotPlace) && !TitleCase(d, k)
               && before.IndexOf('-') < 0 && !StrippedPossessive(d, k - 1, gaz);
    }

    /// <summary>"Syrias Hassakeh": in a text stripped of apostrophes, a country's or province's possessive, not a given name.</summary>
    private static bool StrippedPossessive(Document d, int k, Sitrep.Places.Gazetteer gaz) =>
        d.Key(k).EndsWith('s') && ApostrophesStripped(d) && Stem(gaz, d, k).Any(p => p.Kind is Sitrep.Places.PlaceKind.Country or Sitrep.Places.PlaceKind.Admin1);

    /// <summary>A text with no apostrophe at all had them stripped (FA-KES): its "Syrias capital" is "Syria's capital".</summary>
    private static bool ApostrophesStripped(Document d) => d.Text.AsSpan().IndexOfAny('\'', '\u2019') < 0;

    /// <summary>The places named by token <paramref name="k"/> without its final s ("Syrias", "Aleppos"); none for "-ss" or short words.</summary>
    private static IReadOnlyList<Sitrep.Places.Place> Stem(Sitrep.Places.Gazetteer gaz, Document d, int k)
    {
        var key = d.Key(k);
        if (key.Length < 5 || key[^1] != 's' || key[^2] is 's' or '\'') return [];
        var (len, places) = gaz.Names.Match([d.Tokens[k] with { Key = key[..^1] }], 0, 1);
        return len == 1 ? places : [];
    }

    /// <summary>Token <paramref name="k"/> follows a capitalised given name and a middle initial ("Tyrise M. Bell", "George W. Bush").</summary>
    private static bool MiddleInitial(Document d, int k) =>
        k >= 3 && d.Key(k - 1) == "." && d.Tokens[k - 2].Kind == TokenKind.Word && d.Tokens[k - 2].End - d.Tokens[k - 2].Start == 1
        && d.IsCapitalised(k - 2) && d.Tokens[k - 3].Kind == TokenKind.Word && d.IsCapitalised(k - 3) && !d.IsAllCaps(k - 3)
        && d.Tokens[k - 3].End - d.Tokens[k - 3].Start > 1 && d.SentenceOfToken(k - 3) == d.SentenceOfToken(k);

    /// <summary>"Kurdish-held", "Sunni-majority", "rebel-controlled": a compound that describes who holds or fills a place.</summary>
    private static bool HoldingCompound(string key) =>
        key.LastIndexOf('-') is var h and > 0 && key[(h + 1)..] is "held" or "controlled" or "majority" or "run" or "besieged" or "occupied" or "populated" or "dominated" or "ruled";

    /// <summary>
    /// A headline in Title Case ("Car Bomb Kills 10 In Al-Mukalla", "Houthi Missiles Target Al-Khobar"): a heading, or Title
    /// Case with its small words capitalised too — not a run of names in prose ("the suburbs of Ain Tarma Zamalka and Jobar").
    /// </summary>
    private static bool Headline(Document d, int i)
    {
        int s = d.SentenceOfToken(i);
        if (s < 0) return false;
        var sent = d.Sentences[s];
        // (also a Title Case line read as the body because the text has nothing else: "Car Bomb Kills 10 Soldiers In Al-Mukalla")
        if (sent.Block == BlockKind.Heading || TitleCaseLine(d, sent)) return true;
        if (!TitleCase(d, i)) return false;
        for (int k = sent.FirstToken + 1; k < sent.EndToken; k++)
            if (d.Key(k) is "in" or "of" or "on" or "at" or "near" or "for" or "to" or "after" or "with" or "from" or "by" or "and" && d.IsCapitalised(k)) return true;
        return false;
    }

    private static bool TitleCase(Document d, int i)
    {
        int s = d.SentenceOfToken(i);
        if (s < 0) return false;
        var sent = d.Sentences[s];
        var (caps, words) = LongWordsCapitalised(d, sent, Math.Max(sent.FirstToken, i - 3), Math.Min(sent.EndToken, i + 4), skip: i);
        return words >= 4 && caps >= words - 1;
    }

    /// <summary>
    /// Whether every content word of token <paramref name="i"/>'s sentence is capitalised: a verb or noun in lower case anywhere
    /// in it, of any length, is prose, however many names stand around the token ("Fighting erupted in Saraf Omra and Kabkabiya
    /// in North Darfur", "Insurgents hit Macomia").
    /// </summary>
    private static bool StrictTitleCase(Document d, int i)
    {
        int s = d.SentenceOfToken(i);
        if (s < 0) return false;
        var sent = d.Sentences[s];
        for (int k = sent.FirstToken + 1; k < sent.EndToken; k++)
            if (k != i && d.Tokens[k].Kind == TokenKind.Word && !d.IsCapitalised(k) && char.IsLetter(d.Text[d.Tokens[k].Start])
                && !HeadlineSmallWords.Contains(d.Key(k)) && !IsArticlePrefixed(d, k))
                return false;
        return true;
    }

    // the articles, prepositions and conjunctions headline styles leave in lower case ("Soldiers Killed after Attack near Mosul")
    private static readonly FrozenSet<string> HeadlineSmallWords = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "and", "or", "nor", "but", "in", "on", "at", "of", "to", "by", "for", "as", "vs", "via", "per", "off", "up",
         "with", "from", "into", "onto", "over", "near", "after", "than", "that", "this", "upon", "amid", "amidst", "among", "about", "across",
         "against", "along", "before", "during", "since", "under", "until", "while", "when", "where", "between", "through", "toward",
         "towards", "without", "within", "despite"], StringComparer.Ordinal);

    /// <summary>
    /// Of the words of four letters or more in tokens [<paramref name="from"/>, <paramref name="to"/>) of a sentence, how many are
    /// capitalised — leaving out <paramref name="skip"/>, the sentence's first word and the names of days and months, which are
    /// capitalised in any prose.
    /// </summary>
    private static (int Caps, int Words) LongWordsCapitalised(Document d, Sentence sent, int from, int to, int skip = -1)
    {
        int caps = 0, words = 0;
        for (int k = from; k < to; k++)
        {
            if (k == skip || k == sent.FirstToken || d.Tokens[k].Kind != TokenKind.Word || d.Key(k).Length <= 3 || AlwaysCapitalised.Contains(d.Key(k))) continue;
            words++;
            if (d.IsCapitalised(k)) caps++;
        }
        return (caps, words);
    }

    /// <summary>Whether token <paramref name="i"/>'s sentence is written in capitals: three words or more, none in lower case.</summary>
    private static bool AllCapsLine(Document d, int i)
    {
        int s = d.SentenceOfToken(i);
        if (s < 0) return false;
        int words = 0;
        for (int k = d.Sentences[s].FirstToken; k < d.Sentences[s].EndToken; k++)
        {
            if (d.Tokens[k].Kind != TokenKind.Word || !d.Text.AsSpan(d.Tokens[k].Start, d.Tokens[k].End - d.Tokens[k].Start).ContainsAnyInRange('A', 'z')) continue;
            if (!d.IsAllCaps(k)) return false;
            words++;
        }
        return words >= 3;
    }

    /// <summary>Whether token <paramref name="k"/> is a word the lexicons know: a trigger, a noun of a word class, a cue.</summary>
    private static bool LexiconWord(SitrepResources resources, Document d, int k)
    {
        var key = d.Key(k);
        return resources.Triggers.Entries.Match(d.Tokens.AsSpan(), k, k + 1).Length == 1
               || WordClasses.Known.Any(c => resources.Nouns.Of(c).Contains(key))
               || Enum.GetValues<CueKind>().Any(kind => resources.Cues.Is(key, kind));
    }

    /// <summary>A sentence with no full stop whose words of four letters or more, after the first, are all capitalised.</summary>
    private static bool TitleCaseLine(Document d, Sentence sent)
    {
        if (sent.EndToken > sent.FirstToken && d.Key(sent.EndToken - 1) is "." or "!" or "?") return false;
        var (caps, words) = LongWordsCapitalised(d, sent, sent.FirstToken + 1, sent.EndToken);
        // (every one: names alone make a plain sentence look capitalised — "Airstrikes hit Ain Daqneh and Kafr Zeita on Monday killing 7")
        return words >= 2 && caps == words;
    }

    /// <summary>"al-Tanf", "ad-Dawr": a lower-case article glued to a capitalised name.</summary>
    internal static bool IsArticlePrefixed(Document d, int i)
    {
        var t = d.Tokens[i];
        int dash = d.Text.IndexOf('-', t.Start, t.End - t.Start);
        return dash > t.Start && dash - t.Start <= 3 && dash + 1 < t.End && char.IsUpper(d.Text[dash + 1]);
    }

    private static readonly FrozenSet<string> DiseaseNouns = FrozenSet.ToFrozenSet(
        ["disease", "fever", "encephalitis", "virus", "syndrome"], StringComparer.Ordinal);
    private static readonly FrozenSet<string> DiseaseAdjectives = FrozenSet.ToFrozenSet(
        ["hemorrhagic", "haemorrhagic", "spotted", "respiratory"], StringComparer.Ordinal);
    // what follows a disease's name where the name is the place whose cases they are
    private static readonly FrozenSet<string> CaseWords = FrozenSet.ToFrozenSet(
        ["case", "cases", "outbreak", "outbreaks", "death", "deaths", "toll", "patient", "patients", "infection", "infections", "cluster",
         "clusters", "season", "epidemic", "crisis", "response", "emergency", "victims", "hotspot", "hotspots", "numbers", "count", "figures",
         "lockdown", "lockdowns", "restrictions", "testing", "tests", "surge", "spike", "wave", "rate", "rates", "hospitalizations",
         "hospitalisations", "task", "czar", "tsar", "update", "updates", "dashboard",
         // (and the place's own people and bodies that study or fight it: "Kenya virus experts", "the Wuhan virus lab")
         "expert", "experts", "lab", "labs", "laboratory", "laboratories", "surveillance", "unit", "units", "officials", "authorities",
         "researchers", "scientists", "team", "teams", "ministry", "agency", "centre", "center", "institute", "programme", "program",
         "control", "prevention", "hospital", "hospitals", "ward", "wards", "clinic", "clinics"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the words from <paramref name="end"/> make the name before them, read as <paramref name="places"/>, a disease's
    /// rather than the place whose cases they count: a virus named after a town or river whatever follows ("Marburg virus
    /// cases", "Reston virus"); a fever, disease, encephalitis or syndrome named after any place, however large ("Lassa fever",
    /// "Kawasaki disease", "Middle East respiratory syndrome", "Sudan virus disease") — but not where "virus", the word for
    /// whatever virus a place has, or any disease word after a country or state, counts the place's cases or names its bodies
    /// ("Florida virus cases", "Tokyo virus deaths", "Yemen fever outbreak", "Kenya virus experts").
    /// </summary>
    private static bool DiseaseNamed(Document d, int end, IReadOnlyList<Sitrep.Places.Place> places)
    {
        if (end < d.Tokens.Length && d.Key(end) is "virus" or "viruses"
            && places.All(p => p.Kind == Sitrep.Places.PlaceKind.City && p.Population < 100_000 || p.FeatureCode == "STM"))
            return true;
        bool area = places.Any(p => p.Kind is Sitrep.Places.PlaceKind.Country or Sitrep.Places.PlaceKind.Admin1);
        int k = end;
        if (k < d.Tokens.Length && DiseaseAdjectives.Contains(d.Key(k))) k++;
        // (in the name's own sentence: a headline's last name is no disease's because the next block opens "Fever outbreak feared")
        if (end == 0 || k >= d.Tokens.Length || !DiseaseNouns.Contains(d.Key(k)) || d.SentenceOfToken(k) != d.SentenceOfToken(end - 1)) return false;
        // ("Sudan virus disease")
        if (d.Key(k++) == "virus" && k < d.Tokens.Length && d.Key(k) == "disease") return true;
        // (only "virus" is also the word for whatever virus a town has: "Lassa fever cases" are still the fever's — but a country's
        // or a state's are its own: "Gaza disease outbreaks", "Yemen fever outbreak")
        return !((d.Key(k - 1) == "virus" || area) && k < d.Tokens.Length && CaseWords.Contains(d.Key(k)));
    }

    private static bool IsNear(Document d, int start, int sentenceStart)
    {
        for (int k = start - 1; k >= Math.Max(sentenceStart, start - 6); k--)
        {
            var key = d.Key(k);
            if (NearCues.Contains(key)) return true;
            // "near the southern town of At Tanf": look through "town of"
            if (key == "of" && k > sentenceStart && d.Key(k - 1) is "town" or "city" or "village" or "district" or "area" or "region" or "countryside" or "suburb" or "province" or "governorate") continue;
            if (key is "in" or "at" or "into" or "of" or "," or "." or "inside" or "across") return false;
        }
        return false;
    }

    private static Dictionary<int, ActorMention> ActorIndex(Document d)
    {
        var map = new Dictionary<int, ActorMention>();
        foreach (var a in d.Actors)
            for (int t = a.FirstToken; t < a.EndToken; t++) map[t] = a;
        return map;
    }
}
