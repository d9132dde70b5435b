using System.Collections.Generic;

namespace WitSharp.WitParser.Syntax
{
    /// <summary>Facts about token kinds: keyword spellings, punctuation text and how messages name them.</summary>
    public static class SyntaxFacts
    {
        private static readonly Dictionary<string, SyntaxKind> Keywords = new Dictionary<string, SyntaxKind>
        {
            ["as"] = SyntaxKind.AsKeyword,
            ["async"] = SyntaxKind.AsyncKeyword,
            ["bool"] = SyntaxKind.BoolKeyword,
            ["borrow"] = SyntaxKind.BorrowKeyword,
            ["char"] = SyntaxKind.CharKeyword,
            ["constructor"] = SyntaxKind.ConstructorKeyword,
            ["enum"] = SyntaxKind.EnumKeyword,
            ["error-context"] = SyntaxKind.ErrorContextKeyword,
            ["export"] = SyntaxKind.ExportKeyword,
            ["f32"] = SyntaxKind.F32Keyword,
            ["f64"] = SyntaxKind.F64Keyword,
            ["flags"] = SyntaxKind.FlagsKeyword,
            ["from"] = SyntaxKind.FromKeyword,
            ["func"] = SyntaxKind.FuncKeyword,
            ["future"] = SyntaxKind.FutureKeyword,
            ["import"] = SyntaxKind.ImportKeyword,
            ["include"] = SyntaxKind.IncludeKeyword,
            ["interface"] = SyntaxKind.InterfaceKeyword,
            ["list"] = SyntaxKind.ListKeyword,
            ["map"] = SyntaxKind.MapKeyword,
            ["option"] = SyntaxKind.OptionKeyword,
            ["own"] = SyntaxKind.OwnKeyword,
            ["package"] = SyntaxKind.PackageKeyword,
            ["record"] = SyntaxKind.RecordKeyword,
            ["resource"] = SyntaxKind.ResourceKeyword,
            ["result"] = SyntaxKind.ResultKeyword,
            ["s16"] = SyntaxKind.S16Keyword,
            ["s32"] = SyntaxKind.S32Keyword,
            ["s64"] = SyntaxKind.S64Keyword,
            ["s8"] = SyntaxKind.S8Keyword,
            ["static"] = SyntaxKind.StaticKeyword,
            ["stream"] = SyntaxKind.StreamKeyword,
            ["string"] = SyntaxKind.StringKeyword,
            ["tuple"] = SyntaxKind.TupleKeyword,
            ["type"] = SyntaxKind.TypeKeyword,
            ["u16"] = SyntaxKind.U16Keyword,
            ["u32"] = SyntaxKind.U32Keyword,
            ["u64"] = SyntaxKind.U64Keyword,
            ["u8"] = SyntaxKind.U8Keyword,
            ["use"] = SyntaxKind.UseKeyword,
            ["variant"] = SyntaxKind.VariantKeyword,
            ["with"] = SyntaxKind.WithKeyword,
            ["world"] = SyntaxKind.WorldKeyword,
            ["_"] = SyntaxKind.UnderscoreToken,
        };

        // Indexed by kind: the lexer asks for the text of every keyword it produces.
        private static readonly string?[] KeywordTexts = Invert(Keywords);

        // Keywords bucketed by length and first character, so the lexer can classify a word without cutting it out.
        private const int MaxKeywordLength = 13;
        private static readonly KeyValuePair<string, SyntaxKind>[]?[] Buckets = BuildBuckets();

        /// <summary>The keyword (or <c>_</c>) spelled by <paramref name="text"/>, if any.</summary>
        public static bool TryGetKeyword(string text, out SyntaxKind kind) => Keywords.TryGetValue(text, out kind);

        /// <summary>
        /// The keyword kind of the word <c>text[start..start+length)</c>, or <see cref="SyntaxKind.IdentifierToken"/>.
        /// </summary>
        public static SyntaxKind KeywordKind(string text, int start, int length)
        {
            if (length > MaxKeywordLength) return SyntaxKind.IdentifierToken;
            int first = text[start] - '_';
            if (first < 0 || first > 'z' - '_') return SyntaxKind.IdentifierToken;
            var bucket = Buckets[length * ('z' - '_' + 1) + first];
            if (bucket == null) return SyntaxKind.IdentifierToken;
            foreach (var candidate in bucket)
            {
                if (string.CompareOrdinal(text, start, candidate.Key, 0, length) == 0) return candidate.Value;
            }
            return SyntaxKind.IdentifierToken;
        }

        /// <summary>The fixed text of a keyword or punctuation kind, or null for kinds whose text varies.</summary>
        public static string? GetText(SyntaxKind kind)
        {
            switch (kind)
            {
                case SyntaxKind.EqualsToken: return "=";
                case SyntaxKind.CommaToken: return ",";
                case SyntaxKind.ColonToken: return ":";
                case SyntaxKind.SemicolonToken: return ";";
                case SyntaxKind.OpenParenToken: return "(";
                case SyntaxKind.CloseParenToken: return ")";
                case SyntaxKind.OpenBraceToken: return "{";
                case SyntaxKind.CloseBraceToken: return "}";
                case SyntaxKind.LessThanToken: return "<";
                case SyntaxKind.GreaterThanToken: return ">";
                case SyntaxKind.StarToken: return "*";
                case SyntaxKind.ArrowToken: return "->";
                case SyntaxKind.SlashToken: return "/";
                case SyntaxKind.DotToken: return ".";
                case SyntaxKind.AtToken: return "@";
                case SyntaxKind.PlusToken: return "+";
                case SyntaxKind.MinusToken: return "-";
                default: return (uint)kind < (uint)KeywordTexts.Length ? KeywordTexts[(int)kind] : null;
            }
        }

        /// <summary>True for the keywords that name a built-in type on their own (<c>u32</c>, <c>string</c>, ...).</summary>
        public static bool IsPrimitiveType(SyntaxKind kind)
        {
            switch (kind)
            {
                case SyntaxKind.U8Keyword:
                case SyntaxKind.U16Keyword:
                case SyntaxKind.U32Keyword:
                case SyntaxKind.U64Keyword:
                case SyntaxKind.S8Keyword:
                case SyntaxKind.S16Keyword:
                case SyntaxKind.S32Keyword:
                case SyntaxKind.S64Keyword:
                case SyntaxKind.F32Keyword:
                case SyntaxKind.F64Keyword:
                case SyntaxKind.CharKeyword:
                case SyntaxKind.BoolKeyword:
                case SyntaxKind.StringKeyword:
                case SyntaxKind.ErrorContextKeyword:
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>How the reference wit-parser names a token kind in "expected X, found Y" messages.</summary>
        public static string Describe(SyntaxKind kind)
        {
            switch (kind)
            {
                case SyntaxKind.EndOfFileToken: return "eof";
                case SyntaxKind.IdentifierToken: return "an identifier";
                case SyntaxKind.ExplicitIdentifierToken: return "an '%' identifier";
                case SyntaxKind.IntegerToken: return "an integer";
                case SyntaxKind.StringLiteralToken: return "a string literal";
                case SyntaxKind.BadToken: return "an invalid token";
                case SyntaxKind.ArrowToken: return "`->`";
                case SyntaxKind.StarToken: return "`*`";
                case SyntaxKind.AtToken: return "`@`";
                case SyntaxKind.SlashToken: return "`/`";
                case SyntaxKind.PlusToken: return "`+`";
                case SyntaxKind.MinusToken: return "`-`";
                case SyntaxKind.EqualsToken:
                case SyntaxKind.CommaToken:
                case SyntaxKind.ColonToken:
                case SyntaxKind.SemicolonToken:
                case SyntaxKind.OpenParenToken:
                case SyntaxKind.CloseParenToken:
                case SyntaxKind.OpenBraceToken:
                case SyntaxKind.CloseBraceToken:
                case SyntaxKind.LessThanToken:
                case SyntaxKind.GreaterThanToken:
                case SyntaxKind.DotToken:
                    return "'" + GetText(kind) + "'";
                default:
                    return "keyword `" + GetText(kind) + "`";
            }
        }

        private static KeyValuePair<string, SyntaxKind>[]?[] BuildBuckets()
        {
            var lists = new List<KeyValuePair<string, SyntaxKind>>?[(MaxKeywordLength + 1) * ('z' - '_' + 1)];
            foreach (var pair in Keywords)
            {
                int index = pair.Key.Length * ('z' - '_' + 1) + (pair.Key[0] - '_');
                (lists[index] ??= new List<KeyValuePair<string, SyntaxKind>>()).Add(pair);
            }
            var buckets = new KeyValuePair<string, SyntaxKind>[]?[lists.Length];
            for (int i = 0; i < lists.Length; i++) buckets[i] = lists[i]?.ToArray();
            return buckets;
        }

        private static string?[] Invert(Dictionary<string, SyntaxKind> map)
        {
            int max = 0;
            foreach (var pair in map) max = System.Math.Max(max, (int)pair.Value);
            var result = new string?[max + 1];
            foreach (var pair in map) result[(int)pair.Value] = pair.Key;
            return result;
        }
    }
}
