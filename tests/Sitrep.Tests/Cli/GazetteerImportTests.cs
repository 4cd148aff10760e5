using AwesomeAssertions;
using Sitrep.Extraction;
using Sitrep.Extraction.Input;
using Sitrep.Lexicons;
using Xunit;

namespace Sitrep.Tests.Cli;

public sealed class GazetteerImportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-gaz-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string CopyData()
    {
        var data = Path.Combine(_dir, "data");
        foreach (var f in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data"), "*.*", SearchOption.AllDirectories))
        {
            if (f.Contains(Path.DirectorySeparatorChar + ".cache" + Path.DirectorySeparatorChar)) continue;
            var target = Path.Combine(data, Path.GetRelativePath(Path.Combine(AppContext.BaseDirectory, "data"), f));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(f, target);
        }
        return data;
    }

    [Fact]
    public void An_imported_geonames_village_becomes_resolvable()
    {
        var data = CopyData();
        // a fictional village in the GeoNames dump format (19 tab-separated columns)
        var dump = Path.Combine(_dir, "SY.txt");
        File.WriteAllText(dump,
            "99999001\tZorbaqiyah\tZorbaqiyah\tZorbaqiya,Zurbaqiyah\t35.1234\t38.4321\tP\tPPL\tSY\t\t09\t\t\t\t250\t\t300\tAsia/Damascus\t2020-01-01\n" +
            "not a geonames line\n");
        var result = GeoNamesImporter.Import(dump, data);
        result.Rows.Should().Be(1);
        result.Malformed.Should().Be(1);

        var extractor = new SitrepExtractor(SitrepResources.Load(data));
        var d = extractor.Extract("v", "Government warplanes struck Zurbaqiyah on Monday, killing 4 civilians.", new DateOnly(2017, 6, 8));
        var loc = d.Events.Should().ContainSingle().Subject.Location!.Value.Value;
        loc.Place.GeonameId.Should().Be(99999001);
        loc.Lat.Should().BeApproximately(35.1234, 1e-4);
    }
}
