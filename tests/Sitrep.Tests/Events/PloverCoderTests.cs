using AwesomeAssertions;
using Sitrep.Extraction.Classification;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Events;

public class PloverCoderTests
{
    private static readonly PloverCoder Coder = new(Some.Resources);

    [Fact]
    public void Agreement_between_two_governments_codes_agree_with_its_source()
    {
        var c = Coder.Code("Jordan and Britain have agreed to undertake joint military exercises this month.");
        c.Category.Should().Be("AGREE");
        c.Source!.Country.Should().Be("GB");
    }

    [Fact]
    public void Reporting_verbs_are_not_events() =>
        Coder.Code("Officials said on Monday that the army shelled the town.").Category.Should().Be("ASSAULT");

    [Fact]
    public void Evaluation_on_the_plover_gold_records_keeps_its_measured_bar()
    {
        if (Some.Shared is not { } shared) { Assert.Skip("../shared is absent: PLOVER gold records not available"); return; }
        var r = PloverEvaluation.Run(Coder, Path.Combine(shared, "data", "event-coding", "PLOVER_GSR_CAMEO.json"));
        r.Records.Should().BeGreaterThan(300);
        r.CategoryAccuracy.Should().BeGreaterThanOrEqualTo(0.50, "measured 0.537 on 2026-11-28");
    }
}
