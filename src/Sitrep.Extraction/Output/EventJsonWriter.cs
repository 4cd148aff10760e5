using System.Text.Json;
using Sitrep.Events;
using Sitrep.Text;

namespace Sitrep.Extraction.Output;

/// <summary>
/// Writes the extraction output contract: {"document":{…},"events":[…]}. Offsets ("start"/"end") are into the raw input;
/// "spans" gives the evidence of every field.
/// </summary>
public static class EventJsonWriter
{
    public static void Write(Utf8JsonWriter w, Document d)
    {
        w.WriteStartObject();
        w.WritePropertyName("document");
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        if (d.Published is { } p) w.WriteString("published", p.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)); else w.WriteNull("published");
        w.WriteString("published_source", d.PublishedSource switch
        {
            PublishedSource.Argument => "argument",
            PublishedSource.Metadata => "metadata",
            PublishedSource.Dateline => "dateline",
            PublishedSource.Caption => "caption",
            _ => "none",
        });
        if (d.Title is not null) w.WriteString("title", d.Title);
        w.WriteEndObject();
        w.WritePropertyName("events");
        w.WriteStartArray();
        foreach (var e in d.Events) WriteEvent(w, d, e);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteEvent(Utf8JsonWriter w, Document d, CodedEvent e)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("event_type", e.Type.Type);
        w.WriteString("sub_event_type", e.Type.SubType);
        w.WriteString("plover", e.Type.Plover);
        if (e.Date is { } dv)
        {
            w.WriteString("date", dv.Representative.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("date_value", dv.Iso);
            w.WriteNumber("time_precision", dv.AcledPrecision);
            w.WriteBoolean("day_named", e.DayNamed);
        }
        else
        {
            w.WriteNull("date");
            w.WriteNumber("time_precision", 3);
            w.WriteString("date_note", e.DateNote);
        }
        WriteActor(w, "actor1", e.Actor1);
        WriteActor(w, "actor2", e.Actor2);
        if (e.Location is { } loc)
        {
            var l = loc.Value;
            w.WritePropertyName("location");
            w.WriteStartObject();
            w.WriteString("name", l.Name);
            w.WriteString("mention", d[loc.Span]);
            w.WriteNumber("lat", Math.Round(l.Lat, 4));
            w.WriteNumber("lon", Math.Round(l.Lon, 4));
            w.WriteString("country", l.Place.Country);
            if (l.Place.Admin1 is { } a1) w.WriteString("admin1", a1); else w.WriteNull("admin1");
            w.WriteNumber("geo_precision", l.GeoPrecision);
            if (l.Place.GeonameId is { } gid) w.WriteNumber("geonameid", gid); else w.WriteNull("geonameid");
            w.WriteString("feature_code", l.Place.FeatureCode);
            w.WriteEndObject();
        }
        else w.WriteNull("location");
        if (e.Fatalities is { } f) w.WriteNumber("fatalities", f.Value); else w.WriteNull("fatalities");
        if (e.Injured is { } inj) w.WriteNumber("injured", inj.Value);
        if (e.Weapon is { } wp) w.WriteString("weapon", wp.Value); else w.WriteNull("weapon");
        w.WriteString("modality", e.Modality.ToString().ToLowerInvariant());
        w.WriteBoolean("context", e.Context);
        w.WritePropertyName("sources");
        w.WriteStartArray();
        foreach (var s in e.Sources) w.WriteStringValue(s.Value);
        w.WriteEndArray();
        var main = e.Evidence[0];
        w.WritePropertyName("evidence");
        WriteSpan(w, d, main);
        w.WritePropertyName("evidence_all");
        w.WriteStartArray();
        foreach (var s in e.Evidence) WriteSpan(w, d, s);
        w.WriteEndArray();
        w.WritePropertyName("spans");
        w.WriteStartObject();
        if (e.Actor1 is { } x1) WriteRange(w, d, "actor1", x1.Span);
        if (e.Actor2 is { } x2) WriteRange(w, d, "actor2", x2.Span);
        if (e.Location is { } xl) WriteRange(w, d, "location", xl.Span);
        if (e.DateSpan is { } xd) WriteRange(w, d, "date", xd);
        if (e.Fatalities is { } xf) WriteRange(w, d, "fatalities", xf.Span);
        if (e.Weapon is { } xw) WriteRange(w, d, "weapon", xw.Span);
        w.WriteEndObject();
        w.WriteNumber("confidence", e.Confidence);
        w.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter w, string name, Evidenced<Actor>? a)
    {
        if (a is not { } v) { w.WriteNull(name); return; }
        w.WritePropertyName(name);
        w.WriteStartObject();
        w.WriteString("name", v.Value.Name);
        if (v.Value.Country is { } c) w.WriteString("country", c); else w.WriteNull("country");
        if (v.Value.Inter is { } i) w.WriteNumber("inter", i); else w.WriteNull("inter");
        w.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter w, Document d, TextSpan clean)
    {
        var raw = d.OffsetMap.ToRaw(clean);
        w.WriteStartObject();
        w.WriteNumber("start", raw.Start);
        w.WriteNumber("end", raw.End);
        w.WriteString("text", d[clean]);
        w.WriteEndObject();
    }

    private static void WriteRange(Utf8JsonWriter w, Document d, string name, TextSpan clean)
    {
        var raw = d.OffsetMap.ToRaw(clean);
        w.WritePropertyName(name);
        w.WriteStartArray();
        w.WriteNumberValue(raw.Start);
        w.WriteNumberValue(raw.End);
        w.WriteEndArray();
    }
}
