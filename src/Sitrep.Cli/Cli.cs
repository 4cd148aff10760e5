using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Sitrep.Errors;
using Sitrep.Extraction;
using Sitrep.Extraction.Input;
using Sitrep.Extraction.Output;
using Sitrep.Lexicons;
using Sitrep.Pipeline;
using Sitrep.Text;

namespace Sitrep.Cli;

/// <summary>The `sitrep` command line and the helpers its commands share.</summary>
public static class Cli
{
    public static async Task<int> RunAsync(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        // a buffered stdout: one write per line would make JSONL output syscall-bound
        using var buffered = stdout is null ? new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false } : null;
        var output = stdout ?? buffered!;
        var errors = stderr ?? Console.Error;
        var root = new RootCommand("Sitrep: conflict news → structured, geocoded, dated, sourced events.");
        root.Add(ExtractCommand(output, errors));
        root.Add(DatesCommand.Create(output, errors));
        root.Add(GeoparseCommand.Create(output, errors));
        root.Add(GazetteerCommand.Create(output, errors));
        root.Add(ClassifyCommand.Create(output, errors));
        root.Add(StoreCommands.Ingest(output, errors));
        root.Add(StoreCommands.Changes(output, errors));
        root.Add(StoreCommands.Export(output, errors));
        root.Add(ServeCommand.Serve(output, errors));
        root.Add(ServeCommand.Demo(output, errors));
        var eval = new Command("eval", "Evaluate against gold data") { GeoparseCommand.EvalCommand(output, errors), ClassifyCommand.EvalCommand(output, errors), PloverEvalCommand.Create(output, errors) };
        root.Add(eval);
        root.Add(BenchCommand.Create(output, errors));
        var config = new InvocationConfiguration { Output = output, Error = errors };
        try
        {
            return await root.Parse(args).InvokeAsync(config);
        }
        catch (SitrepException e)
        {
            errors.WriteLine($"sitrep: error: {e.Message}");
            return 3;
        }
        finally
        {
            output.Flush();
        }
    }

    internal static JsonWriterOptions JsonOptions(bool indented) =>
        new() { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>True (and one error line naming the file) when an input file does not exist.</summary>
    internal static bool Missing(string path, TextWriter errors)
    {
        if (File.Exists(path)) return false;
        errors.WriteLine($"sitrep: error: {ErrorCodes.Format(ErrorCode.InputNotFound)}: {path}: no such file");
        return true;
    }

    internal static bool TryParseDate(string? text, string option, TextWriter errors, out DateOnly? date)
    {
        date = null;
        if (text is null) return true;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) { date = d; return true; }
        errors.WriteLine($"sitrep: error: {option}: '{text}' is not a date in the form YYYY-MM-DD");
        return false;
    }

    internal static void WriteJsonLine(TextWriter output, JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, options with { Indented = false })) write(w);
        output.WriteLine(System.Text.Encoding.UTF8.GetString(ms.ToArray()));
    }

    /// <summary>Runs <paramref name="process"/> on each document of a JSONL file; bad lines are reported and skipped.</summary>
    internal static int ForEachJsonLine(string path, DateOnly? fallback, TextWriter output, TextWriter errors, Action<Document> process)
    {
        if (Missing(path, errors)) return 1;
        int lineNo = 0, ok = 0, failed = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                var (id, text, published, source, title) = ParseLine(path, lineNo, line, fallback);
                process(Document.Create(id, text, published, source, title));
                ok++;
            }
            catch (SitrepException e)
            {
                failed++;
                errors.WriteLine($"sitrep: error: {e.Message}");
            }
        }
        output.Flush();
        return ok == 0 && failed > 0 ? 1 : 0;
    }

    private static Command ExtractCommand(TextWriter output, TextWriter errors)
    {
        var files = new Argument<string[]>("files") { Description = "Article text files (UTF-8)", Arity = ArgumentArity.ZeroOrMore };
        var published = new Option<string?>("--published") { Description = "Publication date YYYY-MM-DD (else a dateline or caption date is used)" };
        var format = new Option<string?>("--format") { Description = "json (one object, or an array for several files) or jsonl (one line per document)" };
        format.AcceptOnlyFromAmong("json", "jsonl");
        var inputJsonl = new Option<string?>("--input-jsonl") { Description = "JSONL file, one {\"id\",\"text\",\"published\"?,\"title\"?} per line" };
        var background = new Option<bool>("--include-background") { Description = "Also report historical and hypothetical events (marked by modality)" };
        var dataDir = new Option<string?>("--data") { Description = "Data directory (lexicons, gazetteer); defaults to the one shipped with sitrep" };
        var dump = new Option<bool>("--dump") { Description = "Also print every trigger mention with its arguments to stderr (debugging)" };
        var cmd = new Command("extract", "Extract coded events from articles") { files, published, format, inputJsonl, background, dataDir, dump };
        cmd.SetAction(parse =>
        {
            if (!TryParseDate(parse.GetValue(published), "--published", errors, out var pub)) return 2;
            var paths = parse.GetValue(files) ?? [];
            var jsonl = parse.GetValue(inputJsonl);
            if (paths.Length == 0 && jsonl is null)
            {
                errors.WriteLine("sitrep: error: give article FILEs or --input-jsonl DOCS.jsonl");
                return 2;
            }
            var extractor = new SitrepExtractor(SitrepResources.Load(parse.GetValue(dataDir)), new ExtractionOptions { IncludeBackground = parse.GetValue(background) });
            bool dumping = parse.GetValue(dump);
            if (jsonl is not null)
            {
                var options = JsonOptions(indented: false);
                if (dumping)
                    return ForEachJsonLine(jsonl, pub, output, errors, doc =>
                    {
                        var d = extractor.Pipeline.Run(doc);
                        Dump(d, errors);
                        WriteJsonLine(output, options, w => EventJsonWriter.Write(w, d));
                    });
                return ExtractJsonlParallel(extractor, jsonl, pub, output, errors, options);
            }
            return ExtractFiles(extractor, paths, pub, parse.GetValue(format) ?? "json", output, errors, dumping);
        });
        return cmd;
    }

    /// <summary>
    /// Documents are read in windows, extracted on all cores, and written in input order: output is identical to a
    /// sequential run, and memory stays bounded by the window.
    /// </summary>
    private static int ExtractJsonlParallel(SitrepExtractor extractor, string path, DateOnly? pub, TextWriter output, TextWriter errors, JsonWriterOptions options)
    {
        if (Missing(path, errors)) return 1;
        int ok = 0, failed = 0, lineNo = 0;
        var lines = File.ReadLines(path).Select(l => (Line: l, No: ++lineNo)).Where(x => !string.IsNullOrWhiteSpace(x.Line));
        foreach (var window in lines.Chunk(256))
        {
            var results = new (string? Json, string? Error)[window.Length];
            Parallel.For(0, window.Length, i =>
            {
                try
                {
                    var (id, text, published, source, title) = ParseLine(path, window[i].No, window[i].Line, pub);
                    var d = extractor.Pipeline.Run(Document.Create(id, text, published, source, title));
                    using var ms = new MemoryStream();
                    using (var w = new Utf8JsonWriter(ms, options with { Indented = false })) EventJsonWriter.Write(w, d);
                    results[i] = (System.Text.Encoding.UTF8.GetString(ms.ToArray()), null);
                }
                catch (SitrepException e) { results[i] = (null, e.Message); }
            });
            foreach (var (json, error) in results)
            {
                if (error is not null) { failed++; errors.WriteLine($"sitrep: error: {error}"); }
                else { ok++; output.WriteLine(json); }
            }
        }
        output.Flush();
        return ok == 0 && failed > 0 ? 1 : 0;
    }

    private static int ExtractFiles(SitrepExtractor extractor, string[] paths, DateOnly? pub, string format, TextWriter output, TextWriter errors, bool dump)
    {
        var docs = new List<Document>();
        int failed = 0;
        foreach (var path in paths)
        {
            try
            {
                var text = InputReader.ReadText(path);
                var doc = extractor.Extract(Path.GetFileNameWithoutExtension(path), text, pub, PublishedSource.Argument);
                if (dump) Dump(doc, errors);
                docs.Add(doc);
            }
            catch (SitrepException e)
            {
                failed++;
                errors.WriteLine($"sitrep: error: {e.Message}");
            }
        }
        var options = JsonOptions(indented: format == "json");
        if (format == "jsonl")
        {
            foreach (var d in docs) WriteJsonLine(output, options, w => EventJsonWriter.Write(w, d));
        }
        else
        {
            using var ms = new MemoryStream();
            using (var w = new Utf8JsonWriter(ms, options))
            {
                if (docs.Count != 1) w.WriteStartArray();
                foreach (var d in docs) EventJsonWriter.Write(w, d);
                if (docs.Count != 1) w.WriteEndArray();
            }
            output.WriteLine(System.Text.Encoding.UTF8.GetString(ms.ToArray()));
        }
        output.Flush();
        return failed == paths.Length ? 1 : 0;
    }

    private static void Dump(Document d, TextWriter w)
    {
        foreach (var m in d.EventMentions)
        {
            string S(TextSpan? s) => s is { } x ? d[x] : "-";
            w.WriteLine($"[{m.SentenceIndex}] '{d[m.Trigger]}' {m.Type.SubType} {m.Modality}{(m.Suppressed is null ? "" : " SUPPRESSED(" + m.Suppressed + ")")}{(m.Anaphoric ? " anaphoric" : "")}{(m.InHeading ? " heading" : "")}"
                + $" a1={S(m.Actor1?.Span)} a2={S(m.Actor2?.Span)} place={S(m.Place?.Span)}->{m.Place?.Resolved?.Name} date={S(m.Date?.Span)}->{m.Date?.Value?.Iso} weapon={S(m.Weapon?.Span)} target={S(m.TargetWeapon?.Span)} killed={m.Killed?.Count}");
        }
    }

    internal static (string Id, string Text, DateOnly? Published, PublishedSource Source, string? Title) ParseLine(string path, int lineNo, string line, DateOnly? fallback)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(line); }
        catch (JsonException e) { throw new SitrepException(ErrorCode.InvalidJsonLine, $"{path}:{lineNo}: not valid JSON ({e.Message})"); }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new SitrepException(ErrorCode.InvalidJsonLine, $"{path}:{lineNo}: expected a JSON object");
            string id = root.TryGetProperty("id", out var idEl) ? (idEl.ValueKind == JsonValueKind.String ? idEl.GetString()! : idEl.GetRawText()) : lineNo.ToString(CultureInfo.InvariantCulture);
            if (!root.TryGetProperty("text", out var textEl) || textEl.ValueKind != JsonValueKind.String)
                throw new SitrepException(ErrorCode.InvalidJsonLine, $"{path}:{lineNo}: document '{id}' has no \"text\" string");
            var text = textEl.GetString()!;
            if (string.IsNullOrWhiteSpace(text)) throw new SitrepException(ErrorCode.EmptyInput, $"{path}:{lineNo}: document '{id}' has empty text");
            DateOnly? published = fallback;
            var source = fallback is null ? PublishedSource.None : PublishedSource.Argument;
            if (root.TryGetProperty("published", out var pEl) && pEl.ValueKind == JsonValueKind.String)
            {
                var s = pEl.GetString()!;
                if (s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var p)) { published = p; source = PublishedSource.Metadata; }
                else throw new SitrepException(ErrorCode.InvalidJsonLine, $"{path}:{lineNo}: document '{id}' has \"published\" '{s}', not YYYY-MM-DD");
            }
            string? title = root.TryGetProperty("title", out var tEl) && tEl.ValueKind == JsonValueKind.String ? tEl.GetString() : null;
            return (id, text, published, source, title);
        }
    }
}
