using System.Globalization;
using System.Text;
using System.Text.Json;
using Sitrep.Extraction;
using Sitrep.Extraction.Input;
using Sitrep.Extraction.Output;
using Sitrep.Errors;
using Sitrep.Text;

namespace Sitrep.Web.Endpoints;

/// <summary>POST /api/extract: text in, events out, nothing stored.</summary>
public static class ExtractApi
{
    public const int MaxBytes = 1 << 20;

    public static IEndpointRouteBuilder MapExtractApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/extract", Extract).WithName("Extract").WithSummary("Extract events from {\"text\",\"published\"?} (or text/plain, ?published=); at most 1 MB; nothing is stored")
            .DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> Extract(HttpRequest request, Lazy<SitrepExtractor> extractor)
    {
        if (request.ContentLength > MaxBytes) return EventsApi.Bad("body", $"the body is larger than {MaxBytes} bytes");
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(buffer)) > 0)
        {
            ms.Write(buffer, 0, read);
            if (ms.Length > MaxBytes) return EventsApi.Bad("body", $"the body is larger than {MaxBytes} bytes");
        }
        string text;
        string? published = request.Query["published"];
        try
        {
            var body = InputReader.Decode("body", ms.ToArray());
            if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
            {
                using var doc = JsonDocument.Parse(body);
                if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("text", out var t) || t.ValueKind != JsonValueKind.String)
                    return EventsApi.Bad("text", "the JSON body must be an object with a \"text\" string");
                text = t.GetString()!;
                if (doc.RootElement.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String) published = p.GetString();
            }
            else text = body;
        }
        catch (SitrepException e) { return EventsApi.Bad("body", e.Message); }
        catch (JsonException e) { return EventsApi.Bad("body", $"not valid JSON: {e.Message}"); }
        if (string.IsNullOrWhiteSpace(text)) return EventsApi.Bad("text", "text is empty");
        DateOnly? pub = null;
        if (!string.IsNullOrEmpty(published))
        {
            if (!DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return EventsApi.Bad("published", "published must be a date YYYY-MM-DD");
            pub = d;
        }
        var document = extractor.Value.Extract("request", text, pub, PublishedSource.Argument);
        using var output = new MemoryStream();
        using (var w = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })) EventJsonWriter.Write(w, document);
        return Results.Text(Encoding.UTF8.GetString(output.ToArray()), "application/json", Encoding.UTF8);
    }
}
