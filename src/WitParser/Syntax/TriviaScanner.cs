namespace WitSharp.WitParser.Syntax
{
    /// <summary>
    /// Recognises one piece of trivia (whitespace, a line break, a comment, the byte-order mark) at a position.
    /// The lexer skips trivia with it, and a token's leading trivia are found again with it on demand from the
    /// source between the previous token and this one, so trivia need no storage of their own.
    /// </summary>
    internal static class TriviaScanner
    {
        /// <summary>
        /// The length of the trivia piece starting at <paramref name="pos"/> (0 when a token or the end is there)
        /// and its kind; <paramref name="unterminated"/> is set for a block comment that runs to the end.
        /// </summary>
        public static int Scan(string text, int pos, out SyntaxTriviaKind kind, out bool unterminated)
        {
            unterminated = false;
            kind = SyntaxTriviaKind.Whitespace;
            if (pos >= text.Length) return 0;
            char c = text[pos];
            if (c == ' ' || c == '\t')
            {
                int end = pos + 1;
                while (end < text.Length && (text[end] == ' ' || text[end] == '\t')) end++;
                return end - pos;
            }
            if (c == '\n')
            {
                kind = SyntaxTriviaKind.EndOfLine;
                return 1;
            }
            if (c == '\r' && pos + 1 < text.Length && text[pos + 1] == '\n')
            {
                kind = SyntaxTriviaKind.EndOfLine;
                return 2;
            }
            if (c == '/' && pos + 1 < text.Length && text[pos + 1] == '/') return LineComment(text, pos, out kind);
            if (c == '/' && pos + 1 < text.Length && text[pos + 1] == '*') return BlockComment(text, pos, out kind, out unterminated);
            if (c == '\uFEFF' && pos == 0)
            {
                kind = SyntaxTriviaKind.ByteOrderMark;
                return 1;
            }
            return 0;
        }

        private static int LineComment(string text, int start, out SyntaxTriviaKind kind)
        {
            // Up to the line break, which is trivia of its own (a `\r` before `\n` belongs to the break).
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            else if (end > start && text[end - 1] == '\r') end--;
            bool doc = end - start >= 3 && text[start + 2] == '/' && !(end - start >= 4 && text[start + 3] == '/');
            kind = doc ? SyntaxTriviaKind.DocLineComment : SyntaxTriviaKind.LineComment;
            return end - start;
        }

        private static int BlockComment(string text, int start, out SyntaxTriviaKind kind, out bool unterminated)
        {
            int i = start + 2;
            int depth = 1;
            while (depth > 0 && i < text.Length)
            {
                char c = text[i];
                if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
                {
                    depth++;
                    i += 2;
                }
                else if (c == '*' && i + 1 < text.Length && text[i + 1] == '/')
                {
                    depth--;
                    i += 2;
                }
                else
                {
                    i++;
                }
            }
            unterminated = depth > 0;
            int length = i - start;
            // `/**/` is an empty plain comment, `/***` starts a plain one, like Rust's rules for doc comments.
            bool doc = length >= 5 && text[start + 2] == '*' && text[start + 3] != '*' && depth == 0;
            kind = doc ? SyntaxTriviaKind.DocBlockComment : SyntaxTriviaKind.BlockComment;
            return length;
        }
    }
}
