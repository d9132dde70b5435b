using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Syntax;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Lexing
{
    public sealed partial class WitLexer
    {
        // A string literal in the core-wasm `name` syntax: escapes \t \n \r \" \' \\, \XX hex bytes and \u{...}.
        // Errors are reported and scanning goes on to the closing quote so that one bad escape costs one diagnostic.
        private void LexStringLiteral(int start)
        {
            string text = _text;
            _pos = start + 1;
            bool reported = false;
            while (true)
            {
                if (_pos >= text.Length)
                {
                    Report("unexpected end of file", _pos, ref reported);
                    break;
                }
                char c = text[_pos];
                if (c == '"')
                {
                    _pos++;
                    break;
                }
                if (c == '\n' || c == '\r')
                {
                    // Control characters are not allowed in a literal; stop at the line end to keep the damage local.
                    Report("invalid string character " + CharFacts.RustDebug(c), _pos, ref reported);
                    break;
                }
                if (c == '\\')
                {
                    ScanEscape(ref reported);
                    continue;
                }
                if (c < 0x20 || c == 0x7f) Report("invalid string character " + CharFacts.RustDebug(c), _pos, ref reported);
                _pos++;
            }
            // \XX escapes write bytes; what they spell must be UTF-8, as in the reference's String::from_utf8.
            if (!reported && StringLiteralValue.Utf8Problem(StringLiteralValue.Bytes(text.Substring(start, _pos - start))) is { } problem)
                Report("invalid UTF-8: " + problem, start, ref reported);
            Variable(SyntaxKind.StringLiteralToken, start);
        }

        private void ScanEscape(ref bool reported)
        {
            string text = _text;
            int escapeStart = _pos;
            _pos++;
            if (_pos >= text.Length)
            {
                Report("unexpected end of file", _pos, ref reported);
                return;
            }
            char c = text[_pos];
            switch (c)
            {
                case '"':
                case '\'':
                case 't':
                case 'n':
                case 'r':
                case '\\':
                    _pos++;
                    return;
                case 'u':
                    _pos++;
                    ScanUnicodeEscape(escapeStart, ref reported);
                    return;
            }
            if (IsHexDigit(c))
            {
                _pos++;
                if (_pos < text.Length && IsHexDigit(text[_pos])) _pos++;
                else if (_pos < text.Length) Report("invalid hex digit " + CharFacts.RustDebug(text[_pos]), _pos, ref reported);
                return;
            }
            Report("invalid string escape " + CharFacts.RustDebug(CharFacts.CodePointAt(text, _pos)), _pos, ref reported);
        }

        private void ScanUnicodeEscape(int escapeStart, ref bool reported)
        {
            string text = _text;
            if (_pos >= text.Length || text[_pos] != '{')
            {
                Report("expected character '{'", _pos, ref reported);
                return;
            }
            _pos++;
            long value = 0;
            int digits = 0;
            int firstDigit = _pos;
            bool lastUnderscore = false;
            // The reference reads one hex digit first, so a leading '_' is an invalid hex digit.
            if (_pos < text.Length && text[_pos] == '_')
            {
                Report("invalid hex digit '_'", _pos, ref reported);
                return;
            }
            while (_pos < text.Length && (IsHexDigit(text[_pos]) || text[_pos] == '_'))
            {
                lastUnderscore = text[_pos] == '_';
                if (text[_pos] != '_')
                {
                    value = value * 16 + HexValue(text[_pos]);
                    if (value > uint.MaxValue)
                    {
                        Report("number is too big to fit in a u32", _pos, ref reported);
                        value = uint.MaxValue;
                    }
                    digits++;
                }
                _pos++;
            }
            if (digits == 0 && _pos < text.Length)
            {
                Report("invalid hex digit " + CharFacts.RustDebug(CharFacts.CodePointAt(text, _pos)), _pos, ref reported);
                return;
            }
            if (lastUnderscore)
            {
                Report("trailing underscore in number", firstDigit, ref reported);
                return;
            }
            // As lex.rs: the code point is checked before the closing brace, and reported at the 'u'.
            if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            {
                Report("invalid unicode value 0x" + value.ToString("x"), escapeStart + 1, ref reported);
                return;
            }
            if (_pos >= text.Length || text[_pos] != '}')
            {
                Report("expected character '}'", _pos, ref reported);
                return;
            }
            _pos++;
        }

        private void Report(string message, int position, ref bool reported)
        {
            if (reported) return;
            reported = true;
            _diagnostics.Error(DiagnosticCodes.InvalidStringLiteral, message, _source, new TextSpan(position, 0));
        }

        private static bool IsHexDigit(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

        private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
    }
}
