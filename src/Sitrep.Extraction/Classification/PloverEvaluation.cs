using System.Text.Json;

namespace Sitrep.Extraction.Classification;

/// <summary>Scores a <see cref="PloverCoder"/> on PLOVER gold records: category, source and target actor accuracy.</summary>
public static class PloverEvaluation
{
    /// <summary>The figures of one run; per category: records and right answers.</summary>
    public sealed record Result(int Records, int Categories, int Sources, int SourceHits, int Targets, int TargetHits, IReadOnlyDictionary<string, (int N, int Ok)> PerCategory)
    {
        public double CategoryAccuracy => (double)Categories / Math.Max(1, Records);
        public double SourceAccuracy => (double)SourceHits / Math.Max(1, Sources);
        public double TargetAccuracy => (double)TargetHits / Math.Max(1, Targets);
    }

    /// <summary>Category names of the 2016 gold records that PLOVER later renamed or merged.</summary>
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["DEMAND"] = "REQUEST", ["DISAPPROVE"] = "ACCUSE", ["INVESTIGATE"] = "ACCUSE", ["FIGHT"] = "ASSAULT",
    };

    public static Result Run(PloverCoder coder, string goldPath)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(goldPath));
        int n = 0, category = 0, sources = 0, sourceHits = 0, targets = 0, targetHits = 0;
        var perCategory = new Dictionary<string, (int N, int Ok)>();
        foreach (var r in doc.RootElement.EnumerateArray())
        {
            if (!r.TryGetProperty("text", out var t) || !r.TryGetProperty("event", out var ev) || ev.GetString() == "DOCUMENT") continue;
            n++;
            var gold = ev.GetString()!;
            gold = Renamed.GetValueOrDefault(gold, gold);
            var coding = coder.Code(t.GetString()!);
            bool ok = coding.Category == gold;
            category += ok ? 1 : 0;
            var pc = perCategory.GetValueOrDefault(gold);
            perCategory[gold] = (pc.N + 1, pc.Ok + (ok ? 1 : 0));
            if (Codes(r, "source") is { Count: > 0 } gs) { sources++; sourceHits += Matches(coding.Source, gs) ? 1 : 0; }
            if (Codes(r, "target") is { Count: > 0 } gt) { targets++; targetHits += Matches(coding.Target, gt) ? 1 : 0; }
        }
        return new Result(n, category, sources, sourceHits, targets, targetHits, perCategory);
    }

    private static List<string> Codes(JsonElement r, string field)
    {
        var codes = new List<string>();
        if (!r.TryGetProperty(field, out var f) || f.ValueKind != JsonValueKind.Array) return codes;
        foreach (var a in f.EnumerateArray())
            if (a.ValueKind == JsonValueKind.Object && a.TryGetProperty("code", out var c) && c.GetString() is { Length: >= 3 } code) codes.Add(code[..3]);
        return codes;
    }

    /// <summary>An actor matches when its CAMEO code starts with one of the gold codes' country or organisation prefix.</summary>
    private static bool Matches(Sitrep.Events.Actor? a, List<string> gold) => a?.Code is { Length: >= 3 } code && gold.Contains(code[..3]);
}
