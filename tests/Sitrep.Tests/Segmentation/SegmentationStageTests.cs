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

    private static Sitrep.Text.BlockKind[] Kinds(string text) => Some.Through("segment", text).Sentences.Select(s => s.Block).ToArray();

    [Fact]
    public void Photo_caption_ending_in_place_and_date_is_a_caption() =>
        Kinds("Air strikes killed 12 people on Sunday. People inspect a site hit by air strikes in Idlib province, Syria June 12, 2016. "
              + "A boy walks past a damaged building in the town of Hass, Syria October 26 2016 (File photo). The monitor said.")
            .Should().Equal(Sitrep.Text.BlockKind.Body, Sitrep.Text.BlockKind.Caption, Sitrep.Text.BlockKind.Caption, Sitrep.Text.BlockKind.Body);

    [Fact]
    public void Photo_credit_with_no_full_stop_ends_its_caption() =>
        Kinds("A boy injured in a blast on a bus convoy outside Aleppo on Saturday sits in a tent near the border Syria April 18 2017 (File photo) "
              + "(TRT World and Agencies) A bomb killed six people in Aleppo on Wednesday. The attack (which the army denied) came at dawn (AFP) and shocked residents.")
            .Should().Equal(Sitrep.Text.BlockKind.Caption, Sitrep.Text.BlockKind.Body, Sitrep.Text.BlockKind.Body);

    [Fact]
    public void Agency_credit_of_a_dateline_does_not_end_the_sentence() =>
        Sentences("DAMASCUS, Syria (AP) The army shelled a rebel-held suburb, killing five people.").Should().ContainSingle();

    [Fact]
    public void Story_sentence_dated_with_a_preposition_or_weekday_is_no_caption() =>
        Kinds("The deal was signed in Geneva on April 27, 2017. The network said the city fell on Saturday March 28 2015. "
              + "Obama spoke in Washington Wednesday April 5 2017. Boko Haram gunmen killed 12 people in Maiduguri, Nigeria, June 7, 2017.")
            .Should().OnlyContain(k => k == Sitrep.Text.BlockKind.Body);

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
