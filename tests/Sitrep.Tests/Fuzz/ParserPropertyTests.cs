using System.Text;
using CsCheck;
using Sitrep.Errors;
using Sitrep.Extraction;
using Sitrep.Extraction.Input;
using Sitrep.Storage.Ingest;
using Sitrep.Tests.Support;
using Sitrep.Text;
using Xunit;

namespace Sitrep.Tests.Fuzz;

/// <summary>
/// Property tests over random and mutated input: no parser or stage may crash; bad input may only be refused with a
/// SitrepException, and every span stays inside its text.
/// </summary>
public class ParserPropertyTests
{
    /// <summary>Text that looks like news more often than noise: words, numbers, punctuation, newlines, odd Unicode.</summary>
    private static readonly Gen<string> NewsLike = Gen.OneOf(
        Gen.String,
        Gen.Char["aeiou tnrslAESTNR.,;:'\"()-0123456789\n\tÉéçğ’—…\u200B\u00A0"].Array[0, 400].Select(c => new string(c)),
        Gen.OneOf<string>("On Tuesday, ", "Syrian warplanes ", "struck ", "Al Tanf", "killing 6 civilians", "U.S.", "F-15", "\"hit dirt,\" ", "in 2014", "Earlier, ",
            "said Col. Ryan Dillon", "between 5 and 7 June", "7/6/2017", "no injuries", "the drone", "Published February 23 2015 ", ". ", "\n\n", "at least 20 people were killed ")
            .Array[0, 40].Select(parts => string.Concat(parts)));

    [Fact]
    public void The_whole_pipeline_never_crashes_and_spans_stay_in_the_text() =>
        NewsLike.Sample(text =>
        {
            if (string.IsNullOrEmpty(text)) return;
            var d = Some.Extractor.Extract("fuzz", text, new DateOnly(2017, 6, 8));
            foreach (var e in d.Events)
            {
                foreach (var span in e.Evidence) Assert.True(span.Start >= 0 && span.End <= d.Text.Length && span.Start <= span.End);
                var raw = d.OffsetMap.ToRaw(e.Evidence[0]);
                Assert.True(raw.Start >= 0 && raw.End <= text.Length);
            }
        }, iter: 400);

    [Fact]
    public void Tokenizer_covers_only_non_space_characters_in_order() =>
        Gen.String.Sample(text =>
        {
            int last = 0;
            foreach (var t in Tokenizer.Tokenize(text))
            {
                Assert.True(t.Start >= last && t.End > t.Start && t.End <= text.Length);
                last = t.End;
            }
        }, iter: 2000);

    [Fact]
    public void Decoding_arbitrary_bytes_either_gives_text_or_a_clear_error() =>
        Gen.Byte.Array[0, 300].Sample(bytes =>
        {
            try { InputReader.Decode("fuzz.bin", bytes); }
            catch (SitrepException e) { Assert.Contains("fuzz.bin", e.Message); }
        }, iter: 2000);

    [Fact]
    public void Date_geoparse_and_classify_pipelines_never_crash()
    {
        var dates = TextPipelines.Dates(Some.Resources);
        var geoparser = new Sitrep.Extraction.Geocoding.Geoparser(Some.Resources);
        var classifier = new Sitrep.Extraction.Classification.SnippetClassifier(Some.Resources);
        NewsLike.Sample(text =>
        {
            dates.Run(Document.Create("fuzz", text, new DateOnly(2017, 6, 8)));
            geoparser.Parse("fuzz", text);
            var spans = new[] { new TextSpan(0, Math.Min(5, text.Length)), new TextSpan(-3, 2), new TextSpan(text.Length, text.Length + 4), new TextSpan(4, 1) };
            geoparser.ResolveSpans("fuzz", text, spans);
            if (text.Length > 0) classifier.Classify(text);
        }, iter: 300);
    }

    [Fact]
    public void Csv_jsonl_html_and_feed_readers_report_bad_input_instead_of_crashing()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-fuzz-").FullName;
        try
        {
            int n = 0;
            Gen.Select(NewsLike, Gen.OneOf<string>(".csv", ".jsonl", ".html", ".rss", ".txt")).Sample((text, ext) =>
            {
                var path = Path.Combine(dir, $"f{n++}{ext}");
                var prefix = ext switch { ".csv" => "id,text\n", ".jsonl" => "{\"id\":1,\"text\":", ".rss" => "<rss><channel><item><title>", _ => "" };
                File.WriteAllText(path, prefix + text, Encoding.UTF8);
                foreach (var item in DocumentSources.Read([path]))
                    if (item is IngestFailure f) Assert.False(string.IsNullOrWhiteSpace(f.Reason));
            }, iter: 300);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
