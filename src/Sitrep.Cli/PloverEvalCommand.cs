using System.CommandLine;
using System.Text.Json;
using Sitrep.Errors;
using Sitrep.Extraction.Classification;
using Sitrep.Lexicons;

namespace Sitrep.Cli;

/// <summary>`sitrep eval plover GOLD.json`: PLOVER category accuracy and source/target actor accuracy on PLOVER gold records.</summary>
public static class PloverEvalCommand
{
    /// <summary>Category names of the 2016 gold records that PLOVER later renamed or merged.</summary>
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.Ordinal)
    {
        ["DEMAND"] = "REQUEST", ["DISAPPROVE"] = "ACCUSE", ["INVESTIGATE"] = "ACCUSE", ["FIGHT"] = "ASSAULT",
    };

    public static Command Create(TextWriter output, TextWriter errors)
    {
        var file = new Argument<string>("file") { Description = "PLOVER gold records (JSON array with text, event, source, target)" };
        var cmd = new Command("plover", "PLOVER category, source and target accuracy on gold records") { file };
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path)) { errors.WriteLine($"sitrep: error: {ErrorCodes.Format(ErrorCode.InputNotFound)}: {path}: no such file"); return 1; }
            var coder = new PloverCoder(SitrepResources.Open());
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
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
            output.WriteLine("per category: " + string.Join(", ", perCategory.OrderByDescending(kv => kv.Value.N).Select(kv => $"{kv.Key} {kv.Value.Ok}/{kv.Value.N}")));
            output.WriteLine($"plover: category accuracy {(double)category / Math.Max(1, n):F3} ({category}/{n}), source actor {(double)sourceHits / Math.Max(1, sources):F3} ({sourceHits}/{sources}), target actor {(double)targetHits / Math.Max(1, targets):F3} ({targetHits}/{targets})");
            return 0;
        });
        return cmd;
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
    private static bool Matches(Sitrep.Events.Actor? a, List<string> gold) =>
        a?.Code is { Length: >= 3 } code && gold.Contains(code[..3]);
}
