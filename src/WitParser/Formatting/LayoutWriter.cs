using System.Collections.Generic;
using System.Text;
using WitSharp.WitParser.Syntax;

namespace WitSharp.WitParser.Formatting
{
    /// <summary>
    /// Writes laid-out tokens as text, putting every comment back where it stood relative to the tokens:
    /// <list type="bullet">
    /// <item>a comment on the same line as the previous token stays at the end of that line (and if the layout
    /// wanted the next token on the same line, the next token moves to a continuation line);</item>
    /// <item>a block comment between two tokens on one line stays inline;</item>
    /// <item>a comment on its own line stays on its own line, indented like the token it precedes, keeping one
    /// empty line where the source had one or more.</item>
    /// </list>
    /// The decisions depend only on the tokens, the comments and where line breaks were, so formatting the output
    /// again changes nothing.
    /// </summary>
    internal sealed class LayoutWriter
    {
        private const string IndentUnit = "  ";
        private readonly StringBuilder _sb = new StringBuilder();
        private bool _atFileStart = true;

        public static string Write(List<LaidToken> tokens)
        {
            var writer = new LayoutWriter();
            foreach (var token in tokens) writer.WriteToken(token);
            writer.TrimTrailingSpaces();
            if (writer._sb.Length == 0) return string.Empty;
            writer._sb.Append('\n');
            return writer._sb.ToString();
        }

        private void WriteToken(LaidToken token)
        {
            bool lineStart = token.Separator == Separator.Line || token.Separator == Separator.BlankLine;
            bool wroteComment = false;
            bool wroteOwnLine = false;
            bool mustBreak = _pendingBreak;
            int newlines = 0;
            foreach (var trivia in token.LeadingTrivia)
            {
                if (trivia.Kind == SyntaxTriviaKind.EndOfLine)
                {
                    newlines++;
                    continue;
                }
                if (!trivia.IsComment) continue;

                if (_atFileStart)
                {
                    // The first comment of the file.
                }
                else if (newlines == 0 && !mustBreak)
                {
                    // On the line of what precedes it: a trailing or inline comment.
                    _sb.Append(' ');
                }
                else
                {
                    bool blank = wroteOwnLine ? newlines >= 2 : BlankBeforeFirst(token.Separator, newlines);
                    NewLine(token.CommentIndent, blank);
                    wroteOwnLine = true;
                }
                _sb.Append(CommentText(trivia));
                _atFileStart = false;
                wroteComment = true;
                mustBreak = trivia.Kind == SyntaxTriviaKind.LineComment || trivia.Kind == SyntaxTriviaKind.DocLineComment;
                newlines = 0;
            }
            if (wroteComment && newlines > 0) mustBreak = true;

            if (token.Text.Length == 0)
            {
                // A dropped token or the end of file: only its comments are written.
                _pendingBreak = mustBreak;
                return;
            }
            _pendingBreak = false;

            if (_atFileStart)
            {
                // Nothing goes before the first token of the file.
            }
            else if (lineStart)
            {
                bool blank = wroteOwnLine ? newlines >= 2 : token.Separator == Separator.BlankLine;
                NewLine(token.Indent, blank);
            }
            else if (mustBreak)
            {
                NewLine(token.Indent + 1, blank: false);
            }
            else if (token.Separator == Separator.Space || (wroteComment && !IsCloser(token.Text)))
            {
                _sb.Append(' ');
            }
            _sb.Append(token.Text);
            _atFileStart = false;
        }

        private bool _pendingBreak;

        // A line comment runs to LF, so a CR before CRLF (or a lone one at the end) is part of its text; written back
        // before our LF it would end the line there, and the next run would see a different comment. Trailing
        // spaces go with it: a line never ends in blanks.
        private static string CommentText(SyntaxTrivia trivia) =>
            trivia.Kind == SyntaxTriviaKind.LineComment || trivia.Kind == SyntaxTriviaKind.DocLineComment
                ? trivia.Text.TrimEnd('\r', ' ')
                : trivia.Text;

        // Punctuation that hugs an inline comment before it, as it hugs the token before it.
        private static bool IsCloser(string text) => text is ")" or ">" or "}" or "," or ";" or "." or ":";

        // Before the first own-line comment of a token that starts a line: the layout's blank line, or the source's.
        private static bool BlankBeforeFirst(Separator separator, int newlines) =>
            separator == Separator.BlankLine || (separator == Separator.Line && newlines >= 2);

        private void NewLine(int indent, bool blank)
        {
            TrimTrailingSpaces();
            _sb.Append('\n');
            if (blank) _sb.Append('\n');
            for (int i = 0; i < indent; i++) _sb.Append(IndentUnit);
        }

        private void TrimTrailingSpaces()
        {
            int end = _sb.Length;
            while (end > 0 && _sb[end - 1] == ' ') end--;
            // Only shorten when needed: setting Length on a multi-chunk builder can reallocate.
            if (end < _sb.Length) _sb.Length = end;
        }
    }
}
