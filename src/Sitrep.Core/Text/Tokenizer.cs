using System.Collections.Immutable;

namespace Sitrep.Text;

/// <summary>Splits text into word, number and punctuation tokens; keeps "U.S.", "F-15", "pro-regime", "1,000", "7/6/2017" whole.</summary>
public static class Tokenizer
{
    public static ImmutableArray<Token> Tokenize(string text) => Tokenize(text, new TextSpan(0, text.Length));

    public static ImmutableArray<Token> Tokenize(string text, TextSpan range)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        TokenizeInto(text, range, tokens);
        return tokens.ToImmutable();
    }

    public static void TokenizeInto(string text, TextSpan range, ImmutableArray<Token>.Builder tokens)
    {
        int i = range.Start, end = range.End;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            if (char.IsLetter(c))
            {
                i = ScanWord(text, i, end);
                // possessive 's is its own token so "Daesh's" still matches "Daesh"
                if (i - start > 2 && (text[i - 2] == '\'' || text[i - 2] == '’') && (text[i - 1] == 's' || text[i - 1] == 'S'))
                {
                    Add(tokens, text, start, i - 2, TokenKind.Word);
                    Add(tokens, text, i - 2, i, TokenKind.Word);
                    continue;
                }
                Add(tokens, text, start, i, TokenKind.Word);
            }
            else if (char.IsDigit(c))
            {
                i++;
                while (i < end)
                {
                    char d = text[i];
                    if (char.IsDigit(d)) { i++; continue; }
                    if ((d is '.' or ',' or '/' or ':') && i + 1 < end && char.IsDigit(text[i + 1])) { i += 2; continue; }
                    if (char.IsLetter(d)) { i = ScanWord(text, i, end); break; } // 3rd, 7th, 10km
                    if (d == '-' && i + 1 < end && char.IsLetterOrDigit(text[i + 1])) { i = ScanWord(text, i + 1, end); break; } // 2-year-old
                    break;
                }
                Add(tokens, text, start, i, TokenKind.Number);
            }
            else
            {
                i++;
                if (c == '.') while (i < end && text[i] == '.') i++;
                Add(tokens, text, start, i, TokenKind.Punctuation);
            }
        }
    }

    private static int ScanWord(string text, int i, int end)
    {
        int start = i;
        while (i < end)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) || TextFolding.IsCombiningMark(c)) { i++; continue; }
            if ((c is '-' or '‐' or '‑' or '\'' or '’' or '&') && i + 1 < end && char.IsLetterOrDigit(text[i + 1]) && i > start) { i++; continue; }
            // transliterated ayn and hamza inside a name: "Khuzā‘ah", "Ma‘arrat", "Saʿada"
            // (after a letter or the combining mark on it: "Ma\u0304‘arrat")
            if (c is '‘' or 'ʿ' or 'ʾ' or 'ʻ' or '`' && i + 1 < end && char.IsLetter(text[i + 1]) && i > start
                && (char.IsLetter(text[i - 1]) || TextFolding.IsCombiningMark(text[i - 1]))) { i++; continue; }
            // U.S., U.N., e.g.: single letters joined by periods
            if (c == '.' && i + 1 < end && i - start >= 1 && IsInitialRun(text, start, i) && char.IsLetter(text[i + 1]) && (i + 2 >= end || text[i + 2] == '.'))
            {
                i += 2;
                continue;
            }
            break;
        }
        // a trailing period after an initial run belongs to the abbreviation: "U.S."
        if (i < end && text[i] == '.' && i - start >= 3 && text[i - 2] == '.' && IsInitialRun(text, start, i)) i++;
        return i;
    }

    private static bool IsInitialRun(string text, int start, int i)
    {
        for (int k = start; k < i; k++)
        {
            bool shouldBeLetter = (k - start) % 2 == 0;
            if (shouldBeLetter ? !char.IsLetter(text[k]) : text[k] != '.') return false;
        }
        return true;
    }

    private static void Add(ImmutableArray<Token>.Builder tokens, string text, int start, int end, TokenKind kind) =>
        tokens.Add(new Token(new TextSpan(start, end), kind, TextFolding.Key(text.AsSpan(start, end - start))));
}
