using System.Collections.Immutable;
using System.Diagnostics;
using Sitrep.Errors;
using Sitrep.Text;

namespace Sitrep.Pipeline;

/// <summary>A checked straight line of stages; run it on one document at a time (thread-safe: stages hold no state).</summary>
public sealed class DocumentPipeline
{
    internal DocumentPipeline(ImmutableArray<IPipelineStage> stages, StageContext context)
    {
        Stages = stages;
        Context = context;
    }

    public ImmutableArray<IPipelineStage> Stages { get; }
    public StageContext Context { get; }

    /// <summary>Runs every stage; <paramref name="stageTicks"/>, when given, accumulates Stopwatch ticks per stage.</summary>
    public Document Run(Document document, long[]? stageTicks = null)
    {
        for (int i = 0; i < Stages.Length; i++)
        {
            var stage = Stages[i];
            long t0 = stageTicks is null ? 0 : Stopwatch.GetTimestamp();
            try
            {
                document = stage.Run(document, Context) with { Provided = document.Provided | stage.Provides };
            }
            catch (SitrepException) { throw; }
            catch (Exception e)
            {
                throw new SitrepException(ErrorCode.StageFailed, $"{document.Id}: stage '{stage.Name}' failed: {e.Message}", e);
            }
            if (stageTicks is not null) stageTicks[i] += Stopwatch.GetTimestamp() - t0;
        }
        return document;
    }
}

/// <summary>Builds a pipeline and checks, before any text is processed, that each stage's requirements are met.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IPipelineStage> _stages = [];

    public PipelineBuilder Add(IPipelineStage stage)
    {
        _stages.Add(stage);
        return this;
    }

    public DocumentPipeline Build(StageContext context)
    {
        var have = Annotations.RawText;
        foreach (var stage in _stages)
        {
            var missing = stage.Requires & ~have;
            if (missing != Annotations.None)
                throw new SitrepException(ErrorCode.StageContract,
                    $"stage '{stage.Name}' requires {missing}, which no earlier stage provides (stages: {string.Join(" → ", _stages.Select(s => s.Name))})");
            have |= stage.Provides;
        }
        return new DocumentPipeline([.. _stages], context);
    }
}
