using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Places;

/// <summary>
/// The gazetteer's compiled form: its place columns and flat name index written as raw arrays, keyed by the sizes
/// and times of the source files, so later starts read it in one go instead of parsing and indexing the TSV files.
/// </summary>
internal static class GazetteerCache
{
    private const int FormatVersion = 11;
    private static readonly byte[] Magic = "SITREPGZ"u8.ToArray();

    public static string Key(IEnumerable<string> files)
    {
        // (the build of the code that indexes the names is part of the key: a changed indexing rule never reads a stale cache)
        var sb = new StringBuilder().Append(FormatVersion).Append('.').Append(Sitrep.Text.TextFolding.Version).Append('.')
            .Append(typeof(GazetteerCache).Assembly.ManifestModule.ModuleVersionId).Append('|');
        foreach (var f in files.Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(f);
            sb.Append(Path.GetFileName(f)).Append(':').Append(info.Length).Append(':').Append(info.LastWriteTimeUtc.Ticks).Append('|');
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..16].ToLowerInvariant();
    }

    /// <summary>Where the cache lives: beside the data when writable, else in the temp folder.</summary>
    public static IEnumerable<string> Directories(string dataDirectory)
    {
        yield return Path.Combine(dataDirectory, ".cache");
        yield return Path.Combine(Path.GetTempPath(), "sitrep-cache");
    }

    public static (PlaceTable, CompactNameIndex)? TryRead(string dataDirectory, string key)
    {
        foreach (var dir in Directories(dataDirectory))
        {
            var path = Path.Combine(dir, $"gazetteer-{key}.bin");
            if (!File.Exists(path)) continue;
            try
            {
                var bytes = File.ReadAllBytes(path);
                var r = new Reader(bytes);
                if (!bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic)) continue;
                r.Position = Magic.Length;
                if (r.Int() != FormatVersion) continue;
                var table = new PlaceTable(r.Array<double>(), r.Array<double>(), r.Array<long>(), r.Array<long>(), r.Array<byte>(), r.Array<int>(), r.Array<char>());
                var index = new CompactNameIndex(r.Array<int>(), r.Array<int>(), r.Array<int>(), r.Array<int>(), r.Array<int>(), r.Array<char>(), r.Array<int>(), r.Array<int>(), table);
                return (table, index);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or IndexOutOfRangeException)
            {
                // a damaged or foreign cache is rebuilt from the sources
            }
        }
        return null;
    }

    public static void TryWrite(string dataDirectory, string key, PlaceTable t, CompactNameIndex x)
    {
        foreach (var dir in Directories(dataDirectory))
        {
            try
            {
                Directory.CreateDirectory(dir);
                var path = Path.Combine(dir, $"gazetteer-{key}.bin");
                var tmp = path + "." + Environment.ProcessId + ".tmp";
                using (var fs = new FileStream(tmp, FileMode.Create, FileAccess.Write))
                {
                    fs.Write(Magic);
                    fs.Write(BitConverter.GetBytes(FormatVersion));
                    Write(fs, t.Lat); Write(fs, t.Lon); Write(fs, t.Population); Write(fs, t.GeonameId); Write(fs, t.Kind); Write(fs, t.StringOffsets); Write(fs, t.Chars);
                    Write(fs, x.Slots); Write(fs, x.EdgeParent); Write(fs, x.EdgeChild); Write(fs, x.EdgeKey); Write(fs, x.KeyOffsets); Write(fs, x.KeyChars); Write(fs, x.ValueOffsets); Write(fs, x.Values);
                }
                File.Move(tmp, path, overwrite: true);
                foreach (var old in Directory.GetFiles(dir, "gazetteer-*.bin"))
                    if (old != path) File.Delete(old);
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // read-only install: try the next place
            }
        }
    }

    private static void Write<T>(Stream s, T[] array) where T : unmanaged
    {
        s.Write(BitConverter.GetBytes(array.Length));
        s.Write(MemoryMarshal.AsBytes(array.AsSpan()));
    }

    private sealed class Reader(byte[] bytes)
    {
        public int Position;

        public int Int()
        {
            int v = BitConverter.ToInt32(bytes, Position);
            Position += 4;
            return v;
        }

        public T[] Array<T>() where T : unmanaged
        {
            int n = Int();
            var result = new T[n];
            int size = n * System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
            bytes.AsSpan(Position, size).CopyTo(MemoryMarshal.AsBytes(result.AsSpan()));
            Position += size;
            return result;
        }
    }
}
