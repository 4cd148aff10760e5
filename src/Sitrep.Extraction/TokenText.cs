using Sitrep.Text;

namespace Sitrep.Extraction;

/// <summary>Small token predicates shared by the recognisers.</summary>
internal static class TokenText
{
    public static bool IsCapitalised(this Document d, int token) => char.IsUpper(d.Text[d.Tokens[token].Start]);

    public static bool IsAllCaps(this Document d, int token)
    {
        var t = d.Tokens[token];
        bool any = false;
        for (int i = t.Start; i < t.End; i++)
        {
            char c = d.Text[i];
            if (char.IsLower(c)) return false;
            if (char.IsLetter(c)) any = true;
        }
        return any;
    }

    /// <summary>
    /// A short word of two capitals or more that is not all capitals: a plural or mixed-case acronym ("LGAs", "IDPs", "PoC",
    /// "MoD"), never a name's part (four letters at most: "McCoy", "DeWitt" are names).
    /// </summary>
    public static bool IsMixedAcronym(this Document d, int token)
    {
        var t = d.Tokens[token];
        if (t.End - t.Start > 4) return false;
        int upper = 0;
        for (int i = t.Start; i < t.End; i++)
        {
            char c = d.Text[i];
            if (!char.IsLetter(c)) return false;
            if (char.IsUpper(c)) upper++;
        }
        return upper >= 2 && upper < t.End - t.Start;
    }

    public static bool IsPunct(this Document d, int token, char c) =>
        d.Tokens[token].Kind == TokenKind.Punctuation && d.Text[d.Tokens[token].Start] == c;

    public static string Key(this Document d, int token) => d.Tokens[token].Key;

    public static TextSpan SpanOf(this Document d, int first, int end) => new(d.Tokens[first].Start, d.Tokens[end - 1].End);

    public static bool IsSentenceStart(this Document d, int token)
    {
        int s = d.SentenceOfToken(token);
        return s >= 0 && d.Sentences[s].FirstToken == token;
    }

    /// <summary>True at a sentence start or right after an opening quote/bracket.</summary>
    public static bool IsClauseInitial(this Document d, int token)
    {
        if (d.IsSentenceStart(token)) return true;
        return token > 0 && d.Tokens[token - 1].Kind == TokenKind.Punctuation && d.Text[d.Tokens[token - 1].Start] is '"' or '“' or '(' or '\'' or '‘';
    }
}
