using System.CommandLine;
using Sitrep.Extraction.Input;
using Sitrep.Lexicons;

namespace Sitrep.Cli;

/// <summary>`sitrep gazetteer import FILE`: add a full GeoNames dump (villages) to the installed gazetteer.</summary>
public static class GazetteerCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var file = new Argument<string>("file") { Description = "GeoNames dump: allCountries.zip, a country file such as SY.zip, or its .txt" };
        var data = new Option<string?>("--data") { Description = "Data directory to add it to (default: the one shipped with sitrep)" };
        var import = new Command("import", "Import a GeoNames dump into the gazetteer") { file, data };
        import.SetAction(parse =>
        {
            var dir = parse.GetValue(data) ?? SitrepResources.DefaultDirectory;
            var r = GeoNamesImporter.Import(parse.GetValue(file)!, dir);
            output.WriteLine($"imported {r.Rows} places into {r.OutputPath} ({r.Skipped} skipped as already shipped or not place-like, {r.Malformed} malformed lines)");
            var sw = System.Diagnostics.Stopwatch.StartNew();
            SitrepResources.Load(dir);
            output.WriteLine($"gazetteer recompiled and loaded in {sw.Elapsed.TotalSeconds:F1} s");
            return 0;
        });
        return new Command("gazetteer", "Manage the gazetteer") { import };
    }
}
