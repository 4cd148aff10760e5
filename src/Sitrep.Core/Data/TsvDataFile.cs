using System.Collections.Immutable;
using Sitrep.Errors;

namespace Sitrep.Data;

/// <summary>A validated data file: provenance header, named columns, rows with their line numbers.</summary>
public sealed class TsvDataFile
{
    private static readonly string[] RequiredKeys = ["source", "licence", "date"];

    private TsvDataFile(string path, ImmutableDictionary<string, string> provenance, ImmutableArray<string> columns, List<Row> rows)
    {
        Path = path; Provenance = provenance; Columns = columns; Rows = rows;
    }

    /// <summary>One data row; fields are addressed by column name.</summary>
    public readonly record struct Row(int Line, string[] Fields, TsvDataFile File)
    {
        public string this[string column] => Fields[File.ColumnIndex(column)];
        public string? Optional(string column) { var v = this[column]; return v.Length == 0 ? null : v; }
        public SitrepException Error(string problem) => new(ErrorCode.DataFile, $"{File.Path}:{Line}: {problem}");
        public double Double(string column)
        {
            var v = this[column];
            return double.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)
                ? d : throw Error($"column '{column}' is not a number: '{v}'");
        }
        public long Long(string column, long fallback = 0)
        {
            var v = this[column];
            if (v.Length == 0) return fallback;
            return long.TryParse(v, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var d)
                ? d : throw Error($"column '{column}' is not an integer: '{v}'");
        }
    }

    public string Path { get; }
    public ImmutableDictionary<string, string> Provenance { get; }
    public ImmutableArray<string> Columns { get; }
    public IReadOnlyList<Row> Rows { get; }

    public int ColumnIndex(string name)
    {
        int i = Columns.IndexOf(name);
        return i >= 0 ? i : throw new SitrepException(ErrorCode.DataFile, $"{Path}: no column '{name}' (columns: {string.Join(", ", Columns)})");
    }

    public static TsvDataFile Load(string path, params string[] requiredColumns)
    {
        if (!System.IO.File.Exists(path)) throw new SitrepException(ErrorCode.DataFile, $"{path}: data file is missing");
        using var reader = new StreamReader(path, new System.Text.UTF8Encoding(false, true));
        return Parse(path, reader, requiredColumns);
    }

    public static TsvDataFile Parse(string path, TextReader reader, params string[] requiredColumns)
    {
        var prov = ImmutableDictionary.CreateBuilder<string, string>();
        ImmutableArray<string> columns = default;
        var rows = new List<Row>();
        TsvDataFile? file = null;
        int lineNo = 0;
        string? line;
        try
        {
            while ((line = reader.ReadLine()) != null)
            {
                lineNo++;
                if (columns.IsDefault)
                {
                    if (line.StartsWith('#'))
                    {
                        var body = line.AsSpan(1).Trim();
                        int colon = body.IndexOf(':');
                        if (colon > 0 && body[..colon].IndexOf(' ') < 0)
                        {
                            var key = body[..colon].ToString().ToLowerInvariant();
                            if (!prov.ContainsKey(key)) prov[key] = body[(colon + 1)..].Trim().ToString();
                        }
                        continue;
                    }
                    if (line.Length == 0) continue;
                    foreach (var k in RequiredKeys)
                        if (!prov.ContainsKey(k))
                            throw new SitrepException(ErrorCode.DataFile, $"{path}:{lineNo}: provenance header lacks '# {k}:'");
                    columns = [.. line.Split('\t')];
                    foreach (var c in requiredColumns)
                        if (!columns.Contains(c))
                            throw new SitrepException(ErrorCode.DataFile, $"{path}:{lineNo}: header row lacks column '{c}'");
                    file = new TsvDataFile(path, prov.ToImmutable(), columns, rows);
                    continue;
                }
                if (line.Length == 0 || line.StartsWith('#')) continue;
                var fields = line.Split('\t');
                if (fields.Length != columns.Length)
                    throw new SitrepException(ErrorCode.DataFile, $"{path}:{lineNo}: expected {columns.Length} fields, found {fields.Length}");
                rows.Add(new Row(lineNo, fields, file!));
            }
        }
        catch (System.Text.DecoderFallbackException e)
        {
            throw new SitrepException(ErrorCode.DataFile, $"{path}:{lineNo + 1}: not valid UTF-8", e);
        }
        if (file is null) throw new SitrepException(ErrorCode.DataFile, $"{path}:{lineNo}: no header row");
        return file;
    }
}
