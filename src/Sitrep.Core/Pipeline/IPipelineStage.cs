using Sitrep.Text;

namespace Sitrep.Pipeline;

/// <summary>A named per-document step that declares the layers it needs and the layers it adds.</summary>
public interface IPipelineStage
{
    string Name { get; }
    Annotations Requires { get; }
    Annotations Provides { get; }
    Document Run(Document document, StageContext context);
}
