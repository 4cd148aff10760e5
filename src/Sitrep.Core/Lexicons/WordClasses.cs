using System.Collections.Frozen;
using Sitrep.Data;
using Sitrep.Errors;

namespace Sitrep.Lexicons;

/// <summary>Content words by class (facilities, person nouns, casualty words …) from a data file, one set per class.</summary>
public sealed class WordClasses
{
    public const string Facility = "facility";
    public const string ObjectFiller = "object-filler";
    public const string PlacePart = "place-part";
    public const string ModifiedNoun = "modified-noun";
    public const string CivilianPlace = "civilian-place";
    public const string CivilianWord = "civilian-word";
    public const string PersonPlural = "person-plural";
    public const string KillWord = "kill-word";
    public const string InjureWord = "injure-word";
    public const string PersonNoun = "person-noun";
    public const string Kin = "kin";
    public const string ReportingVerb = "reporting-verb";
    public const string TimeAmount = "time-amount";
    /// <summary>Street, road, river, lake and township words: a feature named after a place does not lie in it.</summary>
    public const string Thoroughfare = "thoroughfare";
    /// <summary>News agencies whose credit after a place marks a dateline ("Moscow AFP").</summary>
    public const string NewsAgency = "news-agency";
    /// <summary>Verbs whose object is someone addressed ("accused Moscow", "urged Washington"): a capital there is a government.</summary>
    public const string AddressVerb = "address-verb";
    /// <summary>Feature and area words after a one-word name ("Daraa Province", "Jordan Valley"): the name is a place, not a person's.</summary>
    public const string FeatureWord = "feature-word";
    /// <summary>Words before a person's name ("Mr. Jordan", "Sheikh Ali"): the name after one is no place.</summary>
    public const string Title = "title";
    /// <summary>Words before "capital" that make it a group's self-declared one ("de facto Syrian capital"), not the country's.</summary>
    public const string CapitalQualifier = "capital-qualifier";
    /// <summary>Words that open a longer local name ("Ain Jara", "Tal Rifaat", "Kafr Nabl"): alone before a capitalised word they are no place.</summary>
    public const string NameHead = "name-head";
    /// <summary>Legal instruments named after a town ("Geneva Conventions", "Minsk Protocol"): the town there is no place of the story.</summary>
    public const string Instrument = "instrument";
    /// <summary>Verbs that make, start or keep an agreement ("reached a deal", "the truce took effect", "held"): a deal only named is no event.</summary>
    public const string AgreementVerb = "agreement-verb";
    /// <summary>Weapons heading the subject of "killed" ("Two car bombs killed 20"): the count before them is never the dead.</summary>
    public const string WeaponSubject = "weapon-subject";
    /// <summary>Attackers heading the subject of "killed" ("Two gunmen killed 5"): the count after the verb is the victims.</summary>
    public const string AttackerSubject = "attacker-subject";
    /// <summary>Words before a name that make it a state's part ("upstate", "western" New York): the state, not its big city.</summary>
    public const string StatePart = "state-part";
    /// <summary>A state's offices after or before its name ("New York Gov.", "the governor of"): the state, not its big city.</summary>
    public const string StateOffice = "state-office";
    /// <summary>Words of an institution's or venue's name ("Delhi High Court", "British Embassy Tokyo"): a big town at either end places it.</summary>
    public const string Institution = "institution";
    /// <summary>An area's own forces and offices after its adjective ("Scottish police", "Catalan officials"): the area is the place.</summary>
    public const string HomeAgency = "home-agency";
    /// <summary>Capitalised words after a river's name that keep it the river ("Euphrates River", "Cauvery Management Board").</summary>
    public const string RiverWord = "river-word";
    /// <summary>Capitalised words after a mountain range's name that keep it the range ("Pamir Mountains", "Virunga National Park").</summary>
    public const string RangeWord = "range-word";
    /// <summary>Nouns a city's name describes after "the" ("the Dnipro region", "the Dnipro mayor"): the city, not the river.</summary>
    public const string CityNoun = "city-noun";
    /// <summary>Names of languages that name no country or people ("Farsi", "Urdu", "Arabic"): never a place.</summary>
    public const string Language = "language";
    /// <summary>Words after a language's name that make it the language ("the English language", "Spanish speakers", "English-language").</summary>
    public const string LanguageWord = "language-word";
    /// <summary>Words before a nationality that make it the language ("speaks French", "fluent Russian").</summary>
    public const string SpeechVerb = "speech-verb";
    /// <summary>Nationality words that also name a language ("English", "French"): only these read as the language.</summary>
    public const string SpokenNationality = "spoken-nationality";
    /// <summary>Capitalised street words after a name ("Wichita Street", "Haifa Street"): the name is the street's, no place.</summary>
    public const string StreetWord = "street-word";
    /// <summary>Capitalised words after a town's name that make an installation at the town ("Merowe Dam", "Kajaki Dam"): no person's name goes on there.</summary>
    public const string InstallationWord = "installation-word";
    /// <summary>Words after two names joined by a hyphen that make them a route's ends ("the Mandalay-Muse road", "the Kabul-Torkham highway"): each is read as a place, whatever its size.</summary>
    public const string RouteWord = "route-word";
    /// <summary>Verbs after, or river adjectives between, "the" and a name that make it the river that bears it as "X River" ("the swollen Mississippi burst its banks").</summary>
    public const string RiverVerb = "river-verb";

    /// <summary>Every class the code looks up; a row of any other class is a typo and fails the load.</summary>
    public static readonly FrozenSet<string> Known = FrozenSet.ToFrozenSet(
        [Facility, ObjectFiller, PlacePart, ModifiedNoun, CivilianPlace, CivilianWord, PersonPlural, KillWord, InjureWord, PersonNoun, Kin, ReportingVerb, TimeAmount, Thoroughfare,
         NewsAgency, AddressVerb, FeatureWord, Title, CapitalQualifier, AgreementVerb, NameHead, Instrument, WeaponSubject, AttackerSubject,
         StatePart, StateOffice, Institution, HomeAgency, RiverWord, RangeWord, CityNoun,
         Language, LanguageWord, SpeechVerb, SpokenNationality, StreetWord, InstallationWord, RouteWord, RiverVerb],
        StringComparer.Ordinal);

    private readonly FrozenDictionary<string, FrozenSet<string>> _sets;

    private WordClasses(FrozenDictionary<string, FrozenSet<string>> sets) => _sets = sets;

    /// <summary>The words of class <paramref name="cls"/> (one of the constants above).</summary>
    public FrozenSet<string> Of(string cls) =>
        _sets.TryGetValue(cls, out var set) ? set : throw new ArgumentException($"unknown word class '{cls}'", nameof(cls));

    /// <summary>Loads and validates a word-class file with columns <c>word</c> and <c>class</c>.</summary>
    public static WordClasses Load(string path) => From(TsvDataFile.Load(path, "word", "class"));

    /// <summary>Parses and validates word-class rows from a reader (<paramref name="path"/> names it in errors).</summary>
    public static WordClasses Parse(string path, TextReader reader) => From(TsvDataFile.Parse(path, reader, "word", "class"));

    private static WordClasses From(TsvDataFile file)
    {
        var words = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in file.Rows)
        {
            var cls = row["class"];
            if (!Known.Contains(cls)) throw row.Error($"unknown word class '{cls}' (known: {string.Join(", ", Known.Order(StringComparer.Ordinal))})");
            var word = row["word"];
            if (word.Trim().Length == 0) throw row.Error("empty word");
            // a padded word would never equal a token key and silently match nothing
            if (word != word.Trim()) throw row.Error($"word '{word}' has leading or trailing spaces");
            if (!words.TryGetValue(cls, out var set)) words[cls] = set = new HashSet<string>(StringComparer.Ordinal);
            if (!set.Add(word)) throw row.Error($"duplicate word '{word}' in class '{cls}'");
        }
        // a class left out would quietly switch a rule off
        foreach (var cls in Known.Order(StringComparer.Ordinal))
            if (!words.ContainsKey(cls)) throw new SitrepException(ErrorCode.DataFile, $"{file.Path}: no words of class '{cls}'");
        return new WordClasses(words.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal));
    }
}
