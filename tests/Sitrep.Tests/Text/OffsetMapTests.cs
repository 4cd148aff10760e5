using AwesomeAssertions;
using Sitrep.Text;
using Xunit;

namespace Sitrep.Tests.Text;

public class OffsetMapTests
{
    [Fact]
    public void Cleaned_offsets_map_back_to_the_raw_text()
    {
        var map = new OffsetMap([new OffsetMap.Piece(0, 10, 5), new OffsetMap.Piece(7, 30, 4)]);
        map.ToRaw(0).Should().Be(10);
        map.ToRaw(4).Should().Be(14);
        map.ToRaw(7).Should().Be(30);
        map.ToRaw(new TextSpan(8, 11)).Should().Be(new TextSpan(31, 34));
    }

    [Fact]
    public void Identity_map_changes_nothing() =>
        OffsetMap.Identity(100).ToRaw(new TextSpan(5, 9)).Should().Be(new TextSpan(5, 9));
}
