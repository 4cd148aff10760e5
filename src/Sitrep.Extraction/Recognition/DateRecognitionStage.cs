using System.Collections.Immutable;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Extraction.Recognition;

/// <summary>Finds date and time expressions ("on Tuesday", "June 7, 2017", "earlier in the day", "in 2014", "for months").</summary>
public sealed class DateRecognitionStage : IPipelineStage
{
    public string Name => "dates";
    public Annotations Requires => Annotations.Tokens | Annotations.Sentences;
    public Annotations Provides => Annotations.Dates;

    public Document Run(Document d, StageContext context)
    {
        var found = new List<DateMention>();
        foreach (var s in d.Sentences) DateScanner.Scan(d, s, found);
        return d with { Dates = [.. found] };
    }
}
