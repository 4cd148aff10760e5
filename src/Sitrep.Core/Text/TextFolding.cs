using System.Text;

namespace Sitrep.Text;

/// <summary>Folds surface forms to lookup keys: lower case, no diacritics, one apostrophe, Arabic article prefixes dropped.</summary>
public static class TextFolding
{
    private static readonly string[] ArticlePrefixes = ["al-", "el-", "ar-", "as-", "at-", "ad-", "an-", "az-", "ash-", "adh-", "ath-", "ad-", "ed-", "es-", "er-", "ez-", "en-", "et-"];

    /// <summary>Standalone Arabic articles ("Al Tanf", "At Tanf") that may be skipped before a place name.</summary>
    public static bool IsArticle(string key) => key is "al" or "el" or "ar" or "as" or "at" or "ad" or "an" or "az" or "ash" or "ed" or "es" or "ez" or "er" or "en";

    public static string Key(ReadOnlySpan<char> token)
    {
        Span<char> buf = token.Length <= 128 ? stackalloc char[token.Length] : new char[token.Length];
        int n = 0;
        foreach (var c in token)
        {
            char f = FoldChar(c);
            if (f != '\0') buf[n++] = f;
        }
        var s = buf[..n];
        // "U.S." and "US" share a key
        if (n > 2 && char.IsLetter(s[0]) && s.IndexOf('.') > 0)
        {
            int m = 0;
            for (int k = 0; k < n; k++) if (s[k] != '.') s[m++] = s[k];
            s = s[..m];
        }
        // al-Tanf, ad-Dawr, ez-Zor: keep the name after the article so every spelling shares one key
        foreach (var p in ArticlePrefixes)
        {
            if (s.Length > p.Length + 1 && s.StartsWith(p, StringComparison.Ordinal))
            {
                s = s[p.Length..];
                break;
            }
        }
        return new string(s);
    }

    /// <summary>A looser key for transliteration variants: final "ah"→"a", doubled letters single, "ou"→"u", "ee"→"i".</summary>
    public static string LooseKey(string key)
    {
        var sb = new StringBuilder(key.Length);
        char prev = '\0';
        foreach (var c in key)
        {
            if (c == prev && char.IsLetter(c)) continue;
            sb.Append(c);
            prev = c;
        }
        var s = sb.ToString();
        // (the Arabic feminine ending is written -a, -ah, -e or -eh: Hasaka, Hasakah, Hassakeh)
        if (s.Length > 3 && s.EndsWith("ah", StringComparison.Ordinal)) s = s[..^1];
        else if (s.Length > 4 && s.EndsWith("eh", StringComparison.Ordinal)) s = s[..^2] + "a";
        if (s.Length > 3 && s.EndsWith('e')) s = s[..^1] + "a";
        return FoldVowelDigraphs(s);
    }

    /// <summary>
    /// The consonant skeleton of a name, for transliterations that differ in vowels, glides and aspirates ("Jandairis" and
    /// "Jindayris", "Uqeirbat" and "‘Uqayribat" meet): folded, articles and spaces gone, vowels, y, w and an h after a
    /// consonant dropped, q as k, doubled letters single. Too loose for names alone — only ever looked up inside one first-level area.
    /// </summary>
    public static string Skeleton(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var word in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            var key = Key(word);
            if (IsArticle(key)) continue;
            char prev = ' ';
            foreach (var c in key)
            {
                // (an h after a consonant only writes that consonant's sound: sh, th, dh, kh, gh; "Hamdaniyah" keeps its h)
                bool aspirate = c == 'h' && prev is not (' ' or 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w');
                bool vowel = c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w';
                prev = c;
                if (!char.IsLetter(c) || vowel || aspirate) continue;
                char f = c == 'q' ? 'k' : c;
                if (sb.Length > 0 && sb[^1] == f) continue;
                sb.Append(f);
            }
        }
        return sb.ToString();
    }

    /// <summary>The vowel digraphs transliteration varies on, folded: "ou" "u", "ee" "i", "ei" "e", "ay" "a", "aw" "o".</summary>
    public static string FoldVowelDigraphs(string key) =>
        key.Replace("ou", "u").Replace("ee", "i").Replace("ei", "e").Replace("ay", "a").Replace("aw", "o");

    /// <summary>First words of place names and the abbreviations English text writes for them ("Saint Petersburg", "St. Petersburg").</summary>
    public static readonly IReadOnlyDictionary<string, string> PlaceNameAbbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["saint"] = "st", ["sainte"] = "ste", ["mount"] = "mt", ["fort"] = "ft",
    };

    /// <summary>Changes whenever keys change, so caches built from keys (the compiled gazetteer) are rebuilt.</summary>
    public const int Version = 5;

    // Base letters of the canonical decompositions of U+00C0–U+024F and U+1E00–U+1EFF ('.' where there is none),
    // generated with Python's unicodedata (NFD): the app runs with invariant globalization, where string.Normalize
    // cannot be relied on. They cover the transliteration marks GeoNames uses for Arabic (ḩ, ḑ, ẖ, ẕ, ṯ) and Vietnamese.
    private const string LatinBase = "aaaaaa.ceeeeiiii.nooooo..uuuuy..aaaaaa.ceeeeiiii.nooooo..uuuuy.yaaaaaaccccccccdd..eeeeeeeeeegggggggghh..iiiiiiiii...jjkk.llllll....nnnnnn...oooooo..rrrrrrsssssssstttt..uuuuuuuuuuuuwwyyyzzzzzz.................................oo.............uu............................aaiioouuuuuuuuuu.aaaa....ggkkoooo..j...gg..nnaa....aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............................";
    private const string LatinExtendedAdditionalBase = "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwy......aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......";

    /// <summary>Whether <paramref name="c"/> is a combining diacritical mark (U+0300–U+036F), a part of the letter before it.</summary>
    public static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';

    private static char FoldChar(char c)
    {
        char f = FoldExplicit(c);
        if (f < 128 || f != char.ToLowerInvariant(c)) return f;
        // (combining marks, as decomposed text and a few GeoNames rows write them — "Ki̇̄rtipur" — are no letters of the key)
        if (IsCombiningMark(c)) return '\0';
        char b = c is >= '\u00C0' and < '\u0250' ? LatinBase[c - 0xC0] : c is >= '\u1E00' and < '\u1F00' ? LatinExtendedAdditionalBase[c - 0x1E00] : '.';
        return b == '.' ? f : b;
    }

    private static char FoldExplicit(char c)
    {
        if (c < 128) return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        switch (c)
        {
            case '’' or '‘' or 'ʼ' or 'ʻ' or '`' or '´': return '\'';
            case '–' or '—' or '‐' or '‑': return '-';
            case 'ʿ' or 'ʾ': return '\0';
        }
        var lower = char.ToLowerInvariant(c);
        return lower switch
        {
            'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' or 'ā' or 'ă' or 'ą' => 'a',
            'ç' or 'ć' or 'č' or 'ĉ' or 'ċ' => 'c',
            'ď' or 'đ' or 'ḍ' => 'd',
            'è' or 'é' or 'ê' or 'ë' or 'ē' or 'ĕ' or 'ė' or 'ę' or 'ě' => 'e',
            'ğ' or 'ĝ' or 'ġ' or 'ģ' => 'g',
            'ĥ' or 'ħ' or 'ḥ' => 'h',
            'ì' or 'í' or 'î' or 'ï' or 'ĩ' or 'ī' or 'ĭ' or 'į' or 'ı' => 'i',
            'ĵ' => 'j',
            'ķ' => 'k',
            'ĺ' or 'ļ' or 'ľ' or 'ŀ' or 'ł' => 'l',
            'ñ' or 'ń' or 'ņ' or 'ň' => 'n',
            'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' or 'ō' or 'ŏ' or 'ő' => 'o',
            'ŕ' or 'ŗ' or 'ř' => 'r',
            'ś' or 'ŝ' or 'ş' or 'š' or 'ș' or 'ṣ' => 's',
            'ţ' or 'ť' or 'ŧ' or 'ț' or 'ṭ' => 't',
            'ù' or 'ú' or 'û' or 'ü' or 'ũ' or 'ū' or 'ŭ' or 'ů' or 'ű' or 'ų' => 'u',
            'ŵ' => 'w',
            'ý' or 'ÿ' or 'ŷ' => 'y',
            'ź' or 'ż' or 'ž' or 'ẓ' => 'z',
            'ß' => 's',
            'æ' => 'a',
            'œ' => 'o',
            _ => lower,
        };
    }
}
