using System.Collections.Frozen;
using Sitrep.Data;
using Sitrep.Events;
using Sitrep.Extraction.Events;
using Sitrep.Lexicons;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Extraction.Classification;

/// <summary>
/// Labels a short report with one CASE-2021 task 2 code: the extraction pipeline's trigger mentions, each typed by its
/// weapon and target, ranked by how much of the report they explain; the code comes from data/lexicons/case2021-labels.tsv.
/// </summary>
public sealed class SnippetClassifier
{
    private readonly DocumentPipeline _pipeline;
    private readonly CueLexicon _cues;
    private readonly WordClasses _nouns;
    private readonly FrozenDictionary<(string, string), string> _codes;

    public SnippetClassifier(SitrepResources resources, string? labelsPath = null)
    {
        // everything up to modality: events are ranked here, not assembled
        var stages = new PipelineBuilder();
        foreach (var s in SitrepExtractor.Stages()) if (s.Name != "assemble") stages.Add(s);
        _cues = resources.Cues;
        _nouns = resources.Nouns;
        _pipeline = stages.Build(new StageContext(resources, new ExtractionOptions(), TimeProvider.System));
        var file = TsvDataFile.Load(labelsPath ?? Path.Combine(SitrepResources.DefaultDirectory, "lexicons", "case2021-labels.tsv"), "code", "event_type", "sub_event_type");
        _codes = file.Rows.ToFrozenDictionary(r => (r["event_type"], r["sub_event_type"]), r => r["code"]);
        Labels = file.Rows.Select(r => r["code"]).ToList();
    }

    public IReadOnlyList<string> Labels { get; }

    // "after heavy clashes", "amid clashes with", "during the fighting": the phrase sets the scene for the report's own
    // act, which is named by the main clause; a noun trigger governed by one of these within a few words is backdrop.
    private static readonly FrozenSet<string> BackdropHeads = new[] { "after", "amid", "amidst", "during", "following", "despite", "since", "before", "ahead" }.ToFrozenSet();

    private static bool InBackdropPhrase(Document d, EventMention m)
    {
        if (!m.Nominal) return false;
        var tokens = d.Tokens;
        for (int i = m.TriggerToken - 1, seen = 0; i >= 0 && seen < 4; i--, seen++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punctuation) return false;
            if (BackdropHeads.Contains(t.Key)) return true;
        }
        return false;
    }

    // "seized a district centre", "have taken control of the villages of …": a take-over with a place as its object is no weak word
    private static bool TakesPlace(Document d, EventMention m)
    {
        if (!m.Flags.HasFlag(TriggerFlags.Territory)) return false;
        int from = m.TriggerToken + m.TriggerLength;
        return d.Places.Any(p => !p.Modifier && p.FirstToken >= from && p.FirstToken - from <= 4)
            || Enumerable.Range(from, Math.Max(0, Math.Min(d.Tokens.Length, from + 4) - from)).Any(k => d.Key(k) is "village" or "villages" or "town" or "towns" or "city" or "district" or "areas" or "area" or "region" or "base" or "hills" or "positions");
    }

    private static bool YearBefore(Document d, EventMention m)
    {
        for (int k = Math.Max(0, m.TriggerToken - 3); k < m.TriggerToken; k++)
            if (d.Tokens[k].Kind == TokenKind.Number && int.TryParse(d.Key(k), out var y) && y is >= 1900 and <= 2100) return true;
        return false;
    }

    private static bool ChemicalReport(Document d)
    {
        foreach (var w in d.Weapons)
        {
            if (w.Class != WeaponClass.Chemical) continue;
            bool dated = false;
            for (int k = Math.Max(0, w.FirstToken - 4); k < w.FirstToken; k++)
                if (d.Tokens[k].Kind == TokenKind.Number && d.Key(k).Length == 4) dated = true;
            if (!dated && !(w.EndToken < d.Tokens.Length && d.Key(w.EndToken) is "facilities" or "facility" or "stockpile" or "stockpiles" or "programme" or "program")) return true;
        }
        return d.EventMentions.Any(m => m.Type.SubType == "Chemical weapon" && m.Nominal && d.Key(m.TriggerToken) is "suffocation" or "breathing");
    }

    private EventType ProtestFromWholeReport(Document d, EventType type)
    {
        bool Cue(CueKind k) => _cues.Any(d.Tokens.AsSpan(), 0, d.Tokens.Length, k);
        if (type.SubType == "Excessive force against protesters") return type;
        bool lethal = Cue(CueKind.Lethal) || d.Casualties.Any(c => c.Kind == CasualtyKind.Killed && c.Count > 0);
        if (lethal && (Cue(CueKind.Repression) || d.Actors.Any(a => a.Actor.Inter == 1)) && !Cue(CueKind.Accident))
            return new EventType(EventType.Protests, "Excessive force against protesters", "ASSAULT");
        if (type.Type == EventType.Riots || Cue(CueKind.Riot)) return new EventType(EventType.Riots, "Violent demonstration", "PROTEST");
        if (Cue(CueKind.Repression)) return new EventType(EventType.Protests, "Protest with intervention", "PROTEST");
        return type;
    }

    /// <summary>One candidate reading of a report: the trigger, its refined type and the score that ranks it.</summary>
    public sealed record Candidate(EventMention Mention, EventType Type, double Score);

    /// <summary>Every trigger of the report with its refined type, best first (what <c>classify --explain</c> prints).</summary>
    public (Document Document, List<Candidate> Candidates) Rank(string text)
    {
        var d = _pipeline.Run(Document.Create("snippet", text));
        var list = new List<Candidate>();
        foreach (var m in d.EventMentions)
        {
            var (type, specific) = EventAssemblyStage.Refine(m, d, _cues, _nouns);
            // a claim of responsibility is what such a report is about, whatever act it names ("IS took credit for the bombing");
            // an accusation ("a man accused of …", "blamed on") only a little;
            // a weak verb with a weapon as its object ("80,000 rounds were seized") is as specific as a strong one
            double score = (specific ? 2 : 0) + (m.Flags.HasFlag(TriggerFlags.Claim) ? (m.Flags.HasFlag(TriggerFlags.Weak) ? -0.75 : 1) : m.Flags.HasFlag(TriggerFlags.Weak) && m.TargetWeapon is null && !TakesPlace(d, m) ? (m.Actor1 is not null && m.Actor2 is not null ? -0.75 : -1.5) : 0) + (m.Suppressed is null ? 2 : 0)
                + (m.Actor1 is not null ? 0.5 : 0) + (m.Actor2 is not null ? 0.3 : 0) + (m.Weapon is not null ? 0.5 : 0) + (m.Killed is not null ? 0.3 : 0)
                + (m.Modality == Modality.Actual ? 0.5 : m.Modality == Modality.Hypothetical ? -1 : 0) - m.SentenceIndex * 0.3 - m.TriggerToken * 0.002
                // "the scene of a 2017 chemical attack": an act dated only by its year is history told as context
                - (m.Date?.Value is { Precision: Sitrep.Time.DatePrecision.Year } || YearBefore(d, m) ? 1.5 : 0)
                // (only when the report names another act: "killed after a strong earthquake" is about the earthquake)
                - (InBackdropPhrase(d, m) && d.EventMentions.Any(o => o != m && o.Suppressed is null && !InBackdropPhrase(d, o)) ? 2.5 : 0);
            list.Add(new Candidate(m, type, score));
        }
        // stable: the earlier trigger wins a tie
        return (d, list.OrderByDescending(c => c.Score).ToList());
    }

    /// <summary>The CASE-2021 code of a refined type ("OTHER" when the taxonomy has none).</summary>
    public string CodeOf(EventType type) => _codes.TryGetValue((type.Type, type.SubType), out var code) ? code : "OTHER";

    public string Classify(string text)
    {
        var (d, ranked) = Rank(text);
        var best = ranked.FirstOrDefault()?.Mention;
        var bestType = ranked.FirstOrDefault()?.Type;
        // nothing stands as an act of its own, but smugglers, traffickers or a gang are in the report: organised crime
        if ((best is null || best.Suppressed is not null) && d.Actors.Any(a => a.Actor.Code is { } code && code.EndsWith("CRM", StringComparison.Ordinal)))
            return "ORG_CRIME";
        if (best is null || bestType is null) return "ARMED_CLASH";
        // a denial is about who is to blame, not a report of the act: "Russia denied its planes carried out the strikes"
        if (best.Flags.HasFlag(TriggerFlags.Claim) || best.Modality == Modality.Denied) return "ATTRIB";
        // poison gas or its symptoms anywhere in the report make an attack a chemical one (not when dated to another year)
        if (bestType.Type is EventType.Explosions or EventType.Battles or EventType.ViolenceAgainstCivilians && ChemicalReport(d))
            bestType = new EventType(EventType.Explosions, "Chemical weapon", "ASSAULT");
        // a snippet is one report: how the crowd or the police behaved may be told a sentence or two away from the protest word
        if (bestType.Type is EventType.Protests || bestType is { Type: EventType.Riots, SubType: "Violent demonstration" })
            bestType = ProtestFromWholeReport(d, bestType);
        return CodeOf(bestType);
    }
}
