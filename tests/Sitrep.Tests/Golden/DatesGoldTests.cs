using System.Text.Json;
using AwesomeAssertions;
using Sitrep.Extraction;
using Sitrep.Tests.Support;
using Sitrep.Text;
using Xunit;

namespace Sitrep.Tests.Golden;

/// <summary>The hand-resolved FA-KES date set (Golden/dates), scored like ../shared/eval/score.py `dates`.</summary>
public class DatesGoldTests(ITestOutputHelper output)
{
    [Fact]
    public void At_least_95_percent_of_real_date_expressions_resolve_to_the_right_value()
    {
        var pipeline = TextPipelines.Dates(Some.Resources);
        int n = 0, ok = 0;
        foreach (var line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Golden", "dates", "fakes-dates.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var c = JsonDocument.Parse(line).RootElement;
            var published = DateOnly.Parse(c.GetProperty("published").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var d = pipeline.Run(Document.Create(c.GetProperty("id").GetString()!, c.GetProperty("text").GetString()!, published, PublishedSource.Metadata));
            foreach (var e in c.GetProperty("expect").EnumerateArray())
            {
                n++;
                var key = e.GetProperty("key").GetString()!.ToLowerInvariant();
                var values = e.GetProperty("values").EnumerateArray().Select(v => v.GetString()).ToList();
                var hits = d.Dates.Where(x => { var t = d[x.Span].ToLowerInvariant(); return t.Contains(key) || key.Contains(t); }).ToList();
                if (hits.Any(x => values.Contains(x.Value?.Iso ?? "None"))) ok++;
                else output.WriteLine($"miss {c.GetProperty("id").GetString()} '{key}' want {values[0]} got {string.Join(",", hits.Select(h => h.Value?.Iso ?? "None"))}");
            }
        }
        double accuracy = (double)ok / n;
        output.WriteLine($"dates: {ok}/{n} ({accuracy:F3})");
        n.Should().BeGreaterThanOrEqualTo(150);
        accuracy.Should().BeGreaterThanOrEqualTo(0.95);
    }
}
