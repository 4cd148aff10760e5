using AwesomeAssertions;
using Sitrep.Tests.Support;
using Sitrep.Text;
using Xunit;

namespace Sitrep.Tests.Cleaning;

public class CleaningStageTests
{
    [Fact]
    public void Byline_with_agencies_is_dropped()
    {
        var d = Some.Through("clean", "Rebels shelled the town.\n\nReuters and Agencies\n\nThe army replied.");
        d.Text.Should().NotContain("Agencies");
        d.Blocks.Should().HaveCount(2);
    }

    [Fact]
    public void Caption_repeating_an_earlier_line_is_dropped_once_kept_once()
    {
        var d = Some.Through("clean", "Troops fired on protesters near Homs\n\nStaff\n\nTroops fired on protesters near Homs\n\nTroops opened fire on Friday.");
        d.Text.Split("Troops fired on protesters near Homs").Length.Should().Be(2);
    }

    [Fact]
    public void Trailing_navigation_after_the_last_paragraph_is_dropped()
    {
        var d = Some.Through("clean", "Clashes erupted in Idlib on Monday.\n\nRoute 6");
        d.Text.Should().Be("Clashes erupted in Idlib on Monday.");
    }

    [Fact]
    public void Headings_are_kept_as_headings_not_body()
    {
        var d = Some.Through("clean", "Drone shot down near base\n\nA drone was shot down on Monday.");
        d.Blocks.Select(b => b.Kind).Should().Equal(BlockKind.Heading, BlockKind.Body);
    }

    [Fact]
    public void Text_without_a_finished_sentence_is_body_not_a_headline()
    {
        // a pasted note or a feed item's title alone: no story follows it, so it is the story
        Some.Through("clean", "Gunmen killed five soldiers in Mogadishu on Monday").Blocks.Select(b => b.Kind).Should().Equal(BlockKind.Body);
        Some.Through("clean", "Drone shot down near base\n\nSecond drone downed").Blocks.Select(b => b.Kind).Should().Equal(BlockKind.Body, BlockKind.Body);
    }

    [Fact]
    public void Offsets_in_cleaned_text_map_back_to_the_raw_input()
    {
        const string raw = "Title line\n\nBy John Smith\n\nThe army shelled Hama.";
        var d = Some.Through("clean", raw);
        int clean = d.Text.IndexOf("Hama", StringComparison.Ordinal);
        var span = d.OffsetMap.ToRaw(new TextSpan(clean, clean + 4));
        raw[span.Start..span.End].Should().Be("Hama");
    }
}
