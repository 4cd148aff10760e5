using System.CommandLine;
using Sitrep.Extraction.Classification;
using Sitrep.Lexicons;

namespace Sitrep.Cli;

/// <summary>`sitrep eval plover GOLD.json`: PLOVER category accuracy and source/target actor accuracy on PLOVER gold records.</summary>
public static class PloverEvalCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var file = new Argument<string>("file") { Description = "PLOVER gold records (JSON array with text, event, source, target)" };
        var cmd = new Command("plover", "PLOVER category, source and target accuracy on gold records") { file };
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (Cli.Missing(path, errors)) return 1;
            var r = PloverEvaluation.Run(new PloverCoder(SitrepResources.Open()), path);
            output.WriteLine("per category: " + string.Join(", ", r.PerCategory.OrderByDescending(kv => kv.Value.N).Select(kv => $"{kv.Key} {kv.Value.Ok}/{kv.Value.N}")));
            output.WriteLine($"plover: category accuracy {r.CategoryAccuracy:F3} ({r.Categories}/{r.Records}), source actor {r.SourceAccuracy:F3} ({r.SourceHits}/{r.Sources}), target actor {r.TargetAccuracy:F3} ({r.TargetHits}/{r.Targets})");
            return 0;
        });
        return cmd;
    }
}
