using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Errors;
using Sitrep.Extraction;
using Sitrep.Lexicons;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Cli;

/// <summary>`sitrep dates`: every date expression with its resolved value and precision.</summary>
public static class DatesCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var text = new Argument<string?>("text") { Description = "Text to read (or use --input-jsonl)", Arity = ArgumentArity.ZeroOrOne };
        var published = new Option<string?>("--published") { Description = "Publication date YYYY-MM-DD that relative dates resolve against" };
        var jsonl = new Option<string?>("--input-jsonl") { Description = "JSONL file, one {\"id\",\"text\",\"published\"} per line" };
        var cmd = new Command("dates", "Resolve date expressions against the publication date") { text, published, jsonl };
        cmd.SetAction(parse =>
        {
            if (!Cli.TryParseDate(parse.GetValue(published), "--published", errors, out var pub)) return 2;
            var pipeline = TextPipelines.Dates(SitrepResources.Open());
            var options = Cli.JsonOptions(indented: false);
            if (parse.GetValue(jsonl) is { } path)
                return Cli.ForEachJsonLine(path, pub, output, errors, doc => Write(output, pipeline.Run(doc), options));
            if (parse.GetValue(text) is not { } t || string.IsNullOrWhiteSpace(t))
            {
                errors.WriteLine("sitrep: error: give TEXT or --input-jsonl DOCS.jsonl");
                return 2;
            }
            Write(output, pipeline.Run(Document.Create("text", t, pub, PublishedSource.Argument)), options);
            return 0;
        });
        return cmd;
    }

    private static void Write(TextWriter output, Document d, JsonWriterOptions options)
    {
        Cli.WriteJsonLine(output, options, w =>
        {
            w.WriteStartObject();
            w.WriteString("id", d.Id);
            if (d.Published is { } p) w.WriteString("published", p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WritePropertyName("expressions");
            w.WriteStartArray();
            foreach (var m in d.Dates)
            {
                w.WriteStartObject();
                w.WriteNumber("start", m.Span.Start);
                w.WriteNumber("end", m.Span.End);
                w.WriteString("text", d[m.Span]);
                if (m.Value is { } v)
                {
                    w.WriteString("value", v.Iso);
                    w.WriteString("precision", v.PrecisionName);
                }
                else
                {
                    w.WriteNull("value");
                    w.WriteString("precision", m.Expression.Kind == Sitrep.Time.DateExpressionKind.Duration ? "duration" : "unknown");
                }
                w.WriteString("kind", m.Expression.Kind.ToString().ToLowerInvariant());
                if (m.IsDateline) w.WriteBoolean("dateline", true);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }
}
