using BenchmarkDotNet.Attributes;
using Sitrep.Extraction;
using Sitrep.Lexicons;
using Sitrep.Text;

namespace Sitrep.Benchmarks;

/// <summary>Per-article cost of the tokenizer, the gazetteer trie and the whole pipeline on a real FA-KES-sized article.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private const string Article =
        "Date of publication 8 April 2017 An airstrike by Russian warplanes on Saturday killed 18 people including five children " +
        "in the rebel-held town of Urum al-Joz in Idlib province, a monitor said. The Syrian Observatory for Human Rights said the " +
        "strike hit a residential area. Earlier this week a suspected chemical attack hit the town of Khan Sheikhun in Idlib killing " +
        "87 people. On Friday the United States fired 59 Tomahawk missiles at the Shayrat air base near Homs. A bomb exploded on a bus " +
        "near Homs on Thursday, killing one woman and wounding more than 20, the Observatory said. \"There were no injuries among our " +
        "forces,\" said Colonel John Thomas, a spokesman for the US-led coalition fighting Daesh.";

    private SitrepExtractor _extractor = null!;
    private SitrepResources _resources = null!;
    private System.Collections.Immutable.ImmutableArray<Token> _tokens;

    [GlobalSetup]
    public void Setup()
    {
        _resources = SitrepResources.Load();
        _extractor = new SitrepExtractor(_resources);
        _tokens = Tokenizer.Tokenize(Article);
    }

    [Benchmark]
    public int Tokenize() => Tokenizer.Tokenize(Article).Length;

    [Benchmark]
    public int GazetteerScan()
    {
        int found = 0;
        for (int i = 0; i < _tokens.Length; i++) found += _resources.Gazetteer.Names.Match(_tokens, i, _tokens.Length).Length;
        return found;
    }

    [Benchmark]
    public int WholePipeline() => _extractor.Extract("bench", Article, new DateOnly(2017, 4, 8)).Events.Length;
}
