using System.Collections.Generic;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Syntax;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Lexing
{
    /// <summary>
    /// Turns WIT source text into tokens. Hand-written and index-based over the string: one pass, no regular
    /// expressions, and allocations only for the tokens and trivia themselves.
    /// </summary>
    public sealed partial class WitLexer
    {
        private readonly SourceText _source;
        private readonly string _text;
        private readonly DiagnosticBag _diagnostics = new DiagnosticBag();
        private readonly List<SyntaxTrivia> _trivia = new List<SyntaxTrivia>();
        private readonly List<SyntaxToken> _tokens = new List<SyntaxToken>();
        private static readonly string[] Spaces = BuildSpaces(64);
        private int _pos;

        private WitLexer(SourceText source)
        {
            _source = source;
            _text = source.Text;
        }

        /// <summary>Lexes a whole source.</summary>
        public static LexResult Lex(SourceText source)
        {
            var lexer = new WitLexer(source);
            lexer.Run();
            return new LexResult(lexer._tokens, lexer._diagnostics.ToArray());
        }

        private void Run()
        {
            ForbiddenCodepoints.Check(_source, _diagnostics);
            if (_text.Length > 0 && _text[0] == '\uFEFF')
            {
                _trivia.Add(new SyntaxTrivia(SyntaxTriviaKind.ByteOrderMark, new TextSpan(0, 1), "\uFEFF"));
                _pos = 1;
            }
            while (true)
            {
                LexTrivia();
                if (_pos >= _text.Length)
                {
                    _tokens.Add(new SyntaxToken(SyntaxKind.EndOfFileToken, new TextSpan(_text.Length, 0), string.Empty, TakeTrivia()));
                    return;
                }
                _tokens.Add(LexToken());
            }
        }

        private SyntaxTrivia[]? TakeTrivia()
        {
            if (_trivia.Count == 0) return null;
            var result = _trivia.ToArray();
            _trivia.Clear();
            return result;
        }

        private void LexTrivia()
        {
            string text = _text;
            while (_pos < text.Length)
            {
                int start = _pos;
                char c = text[_pos];
                if (c == ' ' || c == '\t')
                {
                    _pos++;
                    while (_pos < text.Length && (text[_pos] == ' ' || text[_pos] == '\t')) _pos++;
                    _trivia.Add(new SyntaxTrivia(SyntaxTriviaKind.Whitespace, TextSpan.FromBounds(start, _pos), WhitespaceText(start, _pos)));
                }
                else if (c == '\n')
                {
                    _pos++;
                    _trivia.Add(new SyntaxTrivia(SyntaxTriviaKind.EndOfLine, new TextSpan(start, 1), "\n"));
                }
                else if (c == '\r' && _pos + 1 < text.Length && text[_pos + 1] == '\n')
                {
                    _pos += 2;
                    _trivia.Add(new SyntaxTrivia(SyntaxTriviaKind.EndOfLine, new TextSpan(start, 2), "\r\n"));
                }
                else if (c == '/' && _pos + 1 < text.Length && text[_pos + 1] == '/')
                {
                    LexLineComment(start);
                }
                else if (c == '/' && _pos + 1 < text.Length && text[_pos + 1] == '*')
                {
                    LexBlockComment(start);
                }
                else
                {
                    return;
                }
            }
        }

        private void LexLineComment(int start)
        {
            string text = _text;
            int end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            else if (end > start && text[end - 1] == '\r') end--;
            _pos = end;
            bool doc = end - start >= 3 && text[start + 2] == '/' && !(end - start >= 4 && text[start + 3] == '/');
            _trivia.Add(new SyntaxTrivia(doc ? SyntaxTriviaKind.DocLineComment : SyntaxTriviaKind.LineComment,
                TextSpan.FromBounds(start, end), text.Substring(start, end - start)));
        }

        private void LexBlockComment(int start)
        {
            string text = _text;
            int i = start + 2;
            int depth = 1;
            while (depth > 0)
            {
                if (i >= text.Length)
                {
                    _diagnostics.Error(DiagnosticCodes.UnterminatedComment, "unterminated block comment", _source, new TextSpan(start, 0));
                    break;
                }
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
            _pos = i;
            int length = i - start;
            // `/**/` is an empty plain comment, `/***` starts a plain one, like Rust's rules for doc comments.
            bool doc = length >= 5 && text[start + 2] == '*' && text[start + 3] != '*' && depth == 0;
            _trivia.Add(new SyntaxTrivia(doc ? SyntaxTriviaKind.DocBlockComment : SyntaxTriviaKind.BlockComment,
                new TextSpan(start, length), text.Substring(start, length)));
        }

        private SyntaxToken LexToken()
        {
            string text = _text;
            int start = _pos;
            char c = text[_pos];
            SyntaxKind kind;
            switch (c)
            {
                case '=': kind = SyntaxKind.EqualsToken; break;
                case ',': kind = SyntaxKind.CommaToken; break;
                case ':': kind = SyntaxKind.ColonToken; break;
                case '.': kind = SyntaxKind.DotToken; break;
                case ';': kind = SyntaxKind.SemicolonToken; break;
                case '(': kind = SyntaxKind.OpenParenToken; break;
                case ')': kind = SyntaxKind.CloseParenToken; break;
                case '{': kind = SyntaxKind.OpenBraceToken; break;
                case '}': kind = SyntaxKind.CloseBraceToken; break;
                case '<': kind = SyntaxKind.LessThanToken; break;
                case '>': kind = SyntaxKind.GreaterThanToken; break;
                case '*': kind = SyntaxKind.StarToken; break;
                case '@': kind = SyntaxKind.AtToken; break;
                case '/': kind = SyntaxKind.SlashToken; break;
                case '+': kind = SyntaxKind.PlusToken; break;
                case '-':
                    if (_pos + 1 < text.Length && text[_pos + 1] == '>')
                    {
                        _pos += 2;
                        return Fixed(SyntaxKind.ArrowToken, start);
                    }
                    kind = SyntaxKind.MinusToken;
                    break;
                case '%':
                    _pos++;
                    if (_pos < text.Length && CharFacts.IsKeylikeStart(text, _pos)) ScanKeylike();
                    return Variable(SyntaxKind.ExplicitIdentifierToken, start);
                case '"':
                    return LexStringLiteral(start);
                default:
                    if (c >= '0' && c <= '9')
                    {
                        _pos++;
                        while (_pos < text.Length && text[_pos] >= '0' && text[_pos] <= '9') _pos++;
                        return Variable(SyntaxKind.IntegerToken, start);
                    }
                    if (CharFacts.IsKeylikeStart(text, _pos))
                    {
                        ScanKeylike();
                        string word = text.Substring(start, _pos - start);
                        return SyntaxFacts.TryGetKeyword(word, out var keyword)
                            ? new SyntaxToken(keyword, TextSpan.FromBounds(start, _pos), SyntaxFacts.GetText(keyword)!, TakeTrivia())
                            : new SyntaxToken(SyntaxKind.IdentifierToken, TextSpan.FromBounds(start, _pos), word, TakeTrivia());
                    }
                    return Unexpected(start);
            }
            _pos++;
            return Fixed(kind, start);
        }

        private void ScanKeylike()
        {
            string text = _text;
            _pos += CharFacts.CodePointLength(text, _pos);
            while (_pos < text.Length && CharFacts.IsKeylikeContinue(text, _pos)) _pos += CharFacts.CodePointLength(text, _pos);
        }

        private SyntaxToken Unexpected(int start)
        {
            int codePoint = CharFacts.CodePointAt(_text, start);
            _pos += CharFacts.CodePointLength(_text, start);
            _diagnostics.Error(DiagnosticCodes.UnexpectedCharacter, "unexpected character " + CharFacts.RustDebug(codePoint), _source, new TextSpan(start, 0));
            return Variable(SyntaxKind.BadToken, start);
        }

        private SyntaxToken Fixed(SyntaxKind kind, int start) =>
            new SyntaxToken(kind, TextSpan.FromBounds(start, _pos), SyntaxFacts.GetText(kind)!, TakeTrivia());

        private SyntaxToken Variable(SyntaxKind kind, int start) =>
            new SyntaxToken(kind, TextSpan.FromBounds(start, _pos), _text.Substring(start, _pos - start), TakeTrivia());

        private string WhitespaceText(int start, int end)
        {
            int length = end - start;
            if (length < Spaces.Length)
            {
                bool allSpaces = true;
                for (int i = start; i < end; i++)
                {
                    if (_text[i] != ' ')
                    {
                        allSpaces = false;
                        break;
                    }
                }
                if (allSpaces) return Spaces[length];
            }
            return _text.Substring(start, length);
        }

        private static string[] BuildSpaces(int count)
        {
            var result = new string[count];
            for (int i = 0; i < count; i++) result[i] = new string(' ', i);
            return result;
        }
    }
}
