using Sitrep.Events;
using Sitrep.Extraction.Recognition;
using Sitrep.Extraction.Segmentation;
using Sitrep.Lexicons;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Extraction.Classification;

/// <summary>
/// Codes a sentence the PLOVER way: the first event verb (PLOVER verb lexicon, then the ACLED triggers), the actor
/// before it as source and the actor after it as target. Reporting verbs ("said") never code an event.
/// </summary>
public sealed class PloverCoder
{
    private readonly DocumentPipeline _pipeline;
    private readonly SitrepResources _resources;

    /// <summary>A PLOVER coding: category, source and target actors (null when not found).</summary>
    public sealed record Coding(string? Category, Actor? Source, Actor? Target);

    public PloverCoder(SitrepResources resources)
    {
        _resources = resources;
        _pipeline = new PipelineBuilder()
            .Add(new Cleaning.ParagraphStage()).Add(new SegmentationStage()).Add(new WeaponRecognitionStage()).Add(new ActorRecognitionStage())
            .Build(new StageContext(resources, new ExtractionOptions(), TimeProvider.System));
    }

    public Coding Code(string text)
    {
        var d = _pipeline.Run(Document.Create("plover", text));
        var actorTokens = new HashSet<int>(d.Actors.SelectMany(a => Enumerable.Range(a.FirstToken, a.EndToken - a.FirstToken)));
        for (int i = 0; i < d.Tokens.Length; i++)
        {
            if (d.Tokens[i].Kind != TokenKind.Word || actorTokens.Contains(i) || _resources.Cues.Is(d.Key(i), CueKind.Report)) continue;
            var (len, verbs) = _resources.PloverVerbs.Entries.Match(d.Tokens.AsSpan(), i, d.Tokens.Length);
            string? category = len > 0 ? verbs[0].Category : null;
            if (category is null)
            {
                var (tlen, triggers) = _resources.Triggers.Entries.Match(d.Tokens.AsSpan(), i, d.Tokens.Length);
                if (tlen > 0 && triggers[0].Type.IsPoliticalViolenceOrDemonstration) { category = triggers[0].Type.Plover; len = tlen; }
            }
            if (category is null) continue;
            var source = d.Actors.LastOrDefault(a => a.EndToken <= i)?.Actor;
            var target = d.Actors.FirstOrDefault(a => a.FirstToken >= i + len)?.Actor;
            return new Coding(category, source, target);
        }
        return new Coding(null, d.Actors.FirstOrDefault()?.Actor, null);
    }
}
