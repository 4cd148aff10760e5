using AwesomeAssertions;
using Sitrep.Tests.Support;
using Sitrep.Time;
using Xunit;

namespace Sitrep.Tests.Time;

public class TimeResolutionTests
{
    /// <summary>Resolved values of every date expression, as ISO strings ("" when unresolved).</summary>
    private static string[] Values(string text, string published = "2017-06-08") =>
        Some.Through("time", text, published).Dates.Select(d => d.Value?.Iso ?? "").ToArray();

    [Fact]
    public void Weekday_equal_to_publication_day_is_that_day() => Values("It happened on Thursday.").Should().Equal("2017-06-08");

    [Fact]
    public void Weekday_defaults_to_the_most_recent_past() => Values("On Tuesday, the US launched a strike.").Should().Equal("2017-06-06");

    [Fact]
    public void Future_tense_picks_the_next_weekday() => Values("The sides will meet on Monday.").Should().Equal("2017-06-12");

    [Fact]
    public void Due_to_a_cause_is_no_future() =>
        Values("Ten were injured due to a car bomb attack on Tuesday evening.").Should().Equal("2017-06-06");

    [Fact]
    public void Due_to_a_verb_is_the_future() => Values("The envoy is due to visit on Monday.").Should().Equal("2017-06-12");

    [Fact]
    public void Over_the_weekend_is_the_saturday_and_sunday_just_gone() =>
        // published Tuesday 9 August 2016
        Values("A hospital was destroyed over the weekend. Clashes erupted last weekend. Talks will resume at the weekend.", "2016-08-09")
            .Should().Equal("2016-08-06/2016-08-07", "2016-08-06/2016-08-07", "2016-08-13/2016-08-14");

    [Fact]
    public void The_weekend_in_a_sunday_paper_includes_today() =>
        Values("Strikes hit the town at the weekend.", "2016-08-07").Should().Equal("2016-08-06/2016-08-07");

    [Fact]
    public void Last_weekday_on_that_weekday_is_a_week_back() => Values("It started last Thursday.").Should().Equal("2017-06-01");

    [Fact]
    public void Earlier_in_the_day_follows_the_narrative_day() =>
        Values("The drone fired on Tuesday. A strike followed earlier in the day.").Should().Equal("2017-06-06", "2017-06-06");

    [Fact]
    public void Bare_earlier_names_no_day() => Values("Earlier, the SDF launched an assault.").Should().Equal("");

    [Fact]
    public void Year_is_history_not_this_year() => Values("Daesh seized the city in 2014.").Should().Equal("2014");

    [Fact]
    public void Absolute_dates_in_several_forms()
    {
        Values("June 7, 2017 and 12 March 2021 and 2017-06-05").Should().Equal("2017-06-07", "2021-03-12", "2017-06-05");
    }

    [Fact]
    public void Yesterday_and_days_ago() => Values("Yesterday rebels attacked; two days ago the army shelled.").Should().Equal("2017-06-07", "2017-06-06");

    [Fact]
    public void This_week_is_a_range_up_to_the_report() => Values("the second this week").Should().Equal("2017-06-05/2017-06-08");

    [Fact]
    public void Range_between_days() => Values("between 5 and 7 June").Should().Equal("2017-06-05/2017-06-07");

    [Fact]
    public void Durations_are_not_dates()
    {
        var d = Some.Through("time", "For months, air strikes continued.");
        d.Dates.Should().ContainSingle().Which.Expression.Kind.Should().Be(DateExpressionKind.Duration);
    }

    [Fact]
    public void Month_without_year_is_the_latest_past_one() => Values("in March", "2017-02-10").Should().Equal("2016-03");
}
