using AwesomeAssertions;
using Sitrep.Errors;
using Sitrep.Extraction;
using Sitrep.Extraction.Events;
using Sitrep.Extraction.Segmentation;
using Sitrep.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

public class PipelineBuilderTests
{
    [Fact]
    public void A_stage_whose_requirements_are_not_provided_fails_before_any_text_is_processed()
    {
        var builder = new PipelineBuilder().Add(new SegmentationStage());
        var act = () => builder.Build(Some.Context);
        act.Should().Throw<SitrepException>()
           .Where(e => e.Code == ErrorCode.StageContract)
           .WithMessage("E005: stage 'segment' requires CleanText, Blocks, which no earlier stage provides*");
    }

    [Fact]
    public void Stages_out_of_order_are_rejected()
    {
        var builder = new PipelineBuilder().Add(new Sitrep.Extraction.Cleaning.CleaningStage()).Add(new SegmentationStage()).Add(new EventAssemblyStage());
        var act = () => builder.Build(Some.Context);
        act.Should().Throw<SitrepException>().WithMessage("*'assemble' requires*");
    }

    [Fact]
    public void The_standard_pipeline_is_a_checked_straight_line() =>
        SitrepExtractor.CreateBuilder().Build(Some.Context).Stages.Select(s => s.Name).Should().StartWith(["clean", "segment"]).And.EndWith("assemble");

    [Fact]
    public void Every_stage_records_what_it_provided()
    {
        var doc = Some.Article("Gunmen killed 5 civilians in Aleppo on Monday.");
        doc.Provided.Should().HaveFlag(Annotations.Events).And.HaveFlag(Annotations.Geocoded).And.HaveFlag(Annotations.Tokens);
    }
}
