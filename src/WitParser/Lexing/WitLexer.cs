using System;
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
        private readonly TokenTable _tokens;
        private int _pos;

        private WitLexer(SourceText source)
        {
            _source = source;
            _text = source.Text;
            _tokens = new TokenTable(_text);
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
            while (true)
            {
                SkipTrivia();
                if (_pos >= _text.Length)
                {
                    _tokens.AddToken(SyntaxKind.EndOfFileToken, _text.Length, 0, fixedText: false);
                    return;
                }
                LexToken();
            }
        }

        // Trivia are not stored: a token's leading trivia are the source between it and the previous token.
        private void SkipTrivia()
        {
            string text = _text;
            while (_pos < text.Length)
            {
                char c = text[_pos];
                // Spaces and line breaks inline: they are most of the trivia.
                if (c == ' ' || c == '\n' || c == '\t')
                {
                    _pos++;
                    continue;
                }
                int length = TriviaScanner.Scan(text, _pos, out _, out bool unterminated);
                if (length == 0) return;
                if (unterminated)
                    _diagnostics.Error(DiagnosticCodes.UnterminatedComment, "unterminated block comment", _source, new TextSpan(_pos, 0));
                _pos += length;
            }
        }

        private void LexToken()
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
                        Fixed(SyntaxKind.ArrowToken, start);
                        return;
                    }
                    kind = SyntaxKind.MinusToken;
                    break;
                case '%':
                    _pos++;
                    if (_pos < text.Length && CharFacts.IsKeylikeStart(text, _pos)) ScanKeylike();
                    Variable(SyntaxKind.ExplicitIdentifierToken, start);
                    return;
                case '"':
                    LexStringLiteral(start);
                    return;
                default:
                    if (c >= '0' && c <= '9')
                    {
                        _pos++;
                        while (_pos < text.Length && text[_pos] >= '0' && text[_pos] <= '9') _pos++;
                        Variable(SyntaxKind.IntegerToken, start);
                        return;
                    }
                    if (CharFacts.IsKeylikeStart(text, _pos))
                    {
                        ScanKeylike();
                        var keyword = SyntaxFacts.KeywordKind(text, start, _pos - start);
                        if (keyword != SyntaxKind.IdentifierToken) Fixed(keyword, start);
                        else Variable(SyntaxKind.IdentifierToken, start);
                        return;
                    }
                    Unexpected(start);
                    return;
            }
            _pos++;
            Fixed(kind, start);
        }

        private void ScanKeylike()
        {
            string text = _text;
            int pos = _pos + CharFacts.CodePointLength(text, _pos);
            while (pos < text.Length)
            {
                // ASCII inline; anything else through the Unicode tables.
                char c = text[pos];
                if ((c >= 'a' && c <= 'z') || c == '-' || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '_') pos++;
                else if (c >= 0x80 && CharFacts.IsKeylikeContinue(text, pos)) pos += CharFacts.CodePointLength(text, pos);
                else break;
            }
            _pos = pos;
        }

        private void Unexpected(int start)
        {
            int codePoint = CharFacts.CodePointAt(_text, start);
            _pos += CharFacts.CodePointLength(_text, start);
            _diagnostics.Error(DiagnosticCodes.UnexpectedCharacter, "unexpected character " + CharFacts.RustDebug(codePoint), _source, new TextSpan(start, 0));
            Variable(SyntaxKind.BadToken, start);
        }

        // Punctuation and keywords: the text is the kind's.
        private void Fixed(SyntaxKind kind, int start) => _tokens.AddToken(kind, start, _pos - start, fixedText: true);

        // The token's text stays in the source until someone asks for it.
        private void Variable(SyntaxKind kind, int start) => _tokens.AddToken(kind, start, _pos - start, fixedText: false);
    }
}
