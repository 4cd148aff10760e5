using System.Globalization;
using AwesomeAssertions;
using Sitrep.Extraction.Input;
using Sitrep.Places;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Golden;

/// <summary>
/// Issue 4's end-to-end case on short reports: 150 notes written in the style of ACLED's "notes" field with ACLED-style
/// codings (Golden/acled-notes, written for this test, coordinates from GeoNames). Like ../shared/eval/score.py acled,
/// only the first event of each note is scored.
/// </summary>
public class AcledNotesTests(ITestOutputHelper output)
{
    // Development sets (read and developed against; figures on arrival -> now, sub-type/location/fatalities):
    //   notes.csv 0.79/0.85/0.96 -> 0.92/0.96/0.98; notes-3.csv (hard constructions) 0.87/0.79/0.90 -> 0.94/0.89/0.98;
    //   notes-4.csv (ACLED's terse formula) 0.925/0.895/0.925 -> 0.96/0.92/0.98.
    // Held-out sets (scored, never read for development), session start -> now:
    //   heldout-2.csv 0.73/0.77/0.69 -> 0.85/0.87/0.90; heldout-5.csv (written last, scored a few times) 0.77/0.83/0.70 -> 0.90/0.95/0.93.
    // The issue's goals are 0.85/0.85/0.90 on real ACLED notes, which we do not have.
    [Theory]
    [InlineData("notes.csv", 150, 0.90, 0.94, 0.96)]
    [InlineData("notes-3.csv", 200, 0.92, 0.86, 0.95)]
    [InlineData("notes-4.csv", 200, 0.94, 0.89, 0.96)]
    [InlineData("heldout-2.csv", 150, 0.83, 0.86, 0.89)]
    [InlineData("heldout-5.csv", 150, 0.88, 0.93, 0.91)]
    public void Short_reports_get_their_sub_type_place_and_fatalities(string file, int rowsExpected, double subTypeBar, double locationBar, double fatalitiesBar)
    {
        var path = Path.Combine(Some.RepoRoot, "tests", "Sitrep.Tests", "Golden", "acled-notes", file);
        using var reader = new StreamReader(path);
        var rows = CsvReader.Read(reader).ToList();
        var header = rows[0];
        int Col(string name) => Array.IndexOf(header, name);
        int n = 0, sub = 0, loc = 0, fat = 0;
        foreach (var r in rows.Skip(1))
        {
            n++;
            var published = DateTime.ParseExact(r[Col("event_date")], "dd-MMM-yy", CultureInfo.InvariantCulture).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var e = Some.Article(r[Col("notes")], published).Events.FirstOrDefault();
            if (e is null) { output.WriteLine($"{r[Col("event_id_cnty")]}: no event"); continue; }
            if (e.Type.SubType == r[Col("sub_event_type")]) sub++;
            else output.WriteLine($"{r[Col("event_id_cnty")]}: {e.Type.SubType} for {r[Col("sub_event_type")]}");
            if (e.Location?.Value is { } l && Place.DistanceKm(l.Lat, l.Lon, double.Parse(r[Col("latitude")], CultureInfo.InvariantCulture), double.Parse(r[Col("longitude")], CultureInfo.InvariantCulture)) <= 25) loc++;
            if ((e.Fatalities?.Value ?? 0) == int.Parse(r[Col("fatalities")], CultureInfo.InvariantCulture)) fat++;
        }
        output.WriteLine($"{file}: {n} notes: sub-type {(double)sub / n:F3}, location {(double)loc / n:F3}, fatalities {(double)fat / n:F3}");
        n.Should().Be(rowsExpected);
        ((double)sub / n).Should().BeGreaterThanOrEqualTo(subTypeBar);
        ((double)loc / n).Should().BeGreaterThanOrEqualTo(locationBar);
        ((double)fat / n).Should().BeGreaterThanOrEqualTo(fatalitiesBar);
    }
}
