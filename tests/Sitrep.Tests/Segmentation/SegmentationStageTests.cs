using AwesomeAssertions;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Segmentation;

public class SegmentationStageTests
{
    private static string[] Sentences(string text)
    {
        var d = Some.Through("segment", text);
        return d.Sentences.Select(s => d[s.Span]).ToArray();
    }

    [Fact]
    public void Title_abbreviations_do_not_end_a_sentence() =>
        Sentences("Col. Ryan Dillon spoke. He left.").Should().Equal("Col. Ryan Dillon spoke.", "He left.");

    [Fact]
    public void US_with_periods_inside_a_sentence_does_not_split_it() =>
        Sentences("The U.S. military struck a convoy. It was the third strike.").Should().HaveCount(2);

    [Fact]
    public void US_with_periods_at_the_end_of_a_sentence_splits_before_a_typical_opener() =>
        Sentences("The strike was carried out by the U.S. The army denied it.").Should().HaveCount(2);

    [Fact]
    public void Decimals_do_not_split() =>
        Sentences("The blast was 3.5 km away. Nobody was hurt.").Should().Equal("The blast was 3.5 km away.", "Nobody was hurt.");

    [Fact]
    public void A_closing_quote_belongs_to_the_sentence_it_closes() =>
        Sentences("He said \"we will respond.\" The army moved.").Should().Equal("He said \"we will respond.\"", "The army moved.");

    [Fact]
    public void Blocks_never_share_a_sentence() =>
        Sentences("Headline without stop\n\nBody sentence.").Should().Equal("Headline without stop", "Body sentence.");
}
