using System.Text.Json;
using Sitrep.Events;
using Sitrep.Places;
using Sitrep.Text;

namespace Sitrep.Tests.Golden;

/// <summary>Scores extracted events against a hand-coded .gold.json the way ../shared/eval/score.py does for the seed.</summary>
public static class GoldScorer
{
    /// <summary>What one article scored.</summary>
    public sealed record Result(int Gold, int Matched, int Predicted, int WrongFields, List<string> Lines)
    {
        public override string ToString() => string.Join("\n", Lines) + $"\n{Matched}/{Gold} matched, {Predicted} predicted, {WrongFields} wrong sub-type/fatality fields";
    }

    public static Result Score(JsonElement gold, Document doc)
    {
        var events = doc.Events;
        var used = new HashSet<int>();
        var lines = new List<string>();
        int matched = 0, wrong = 0, n = 0;
        foreach (var g in gold.GetProperty("events").EnumerateArray())
        {
            n++;
            string id = g.GetProperty("id").GetString()!;
            int found = -1;
            for (int i = 0; i < events.Length && found < 0; i++)
                if (!used.Contains(i) && Matches(g, events[i])) found = i;
            if (found < 0) { lines.Add($"  miss {id} {g.GetProperty("sub_event_type").GetString()} {Str(g, "date")}"); continue; }
            used.Add(found);
            matched++;
            var e = events[found];
            bool subOk = string.Equals(e.Type.SubType, g.GetProperty("sub_event_type").GetString(), StringComparison.OrdinalIgnoreCase);
            bool fatOk = !g.TryGetProperty("fatalities", out var f) || f.ValueKind == JsonValueKind.Null || e.Fatalities?.Value == f.GetInt32();
            wrong += (subOk ? 0 : 1) + (fatOk ? 0 : 1);
            lines.Add($"  hit  {id} sub_event_type {(subOk ? "ok" : "WRONG: " + e.Type.SubType)}; fatalities {(fatOk ? "ok" : "WRONG: " + e.Fatalities?.Value)}");
        }
        for (int i = 0; i < events.Length; i++)
            if (!used.Contains(i)) lines.Add($"  extra {events[i].Type.SubType} {events[i].Date?.Iso} :: {Trim(doc[events[i].Evidence[0]])}");
        return new Result(n, matched, events.Length, wrong, lines);
    }

    private static string Trim(string s) => s.Length > 90 ? s[..90] : s;

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool Matches(JsonElement g, CodedEvent p)
    {
        if (!string.Equals(p.Type.Type, g.GetProperty("event_type").GetString(), StringComparison.OrdinalIgnoreCase)) return false;
        var date = Str(g, "date");
        // an undated gold event accepts no date or an honestly imprecise one, never an invented exact day
        if (date is not null ? p.Date?.Representative.ToString("yyyy-MM-dd") != date : p.Date is { AcledPrecision: 1 }) return false;
        var loc = g.GetProperty("location");
        if (p.Location is not { } pl) return false;
        if (Place.DistanceKm(pl.Value.Lat, pl.Value.Lon, loc.GetProperty("lat").GetDouble(), loc.GetProperty("lon").GetDouble()) > loc.GetProperty("tolerance_km").GetDouble()) return false;
        var modality = Str(g, "modality") ?? "actual";
        return string.Equals(p.Modality.ToString(), modality, StringComparison.OrdinalIgnoreCase);
    }
}
