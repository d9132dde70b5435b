using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using WitSharp.Runtime;

namespace WitSharp.Cli.Invocation;

/// <summary>A cursor over WAVE text that reads values of known types (see <see cref="WaveText"/>).</summary>
internal sealed class WaveReader(string text)
{
    // Nesting is bounded so that hostile input ([[[[…) cannot exhaust the stack.
    private const int MaxDepth = 100;
    private int _position;
    private int _depth;

    public WitValue Value(CanonicalType type)
    {
        if (++_depth > MaxDepth) throw Error($"values nest deeper than {MaxDepth}");
        try
        {
            Skip();
            return type.Kind switch
            {
                CanonicalTypeKind.Bool => Word() switch { "true" => WitValue.Bool(true), "false" => WitValue.Bool(false), var w => throw Error($"'{w}' is not a bool") },
                CanonicalTypeKind.S8 => WitValue.Signed(Integer(sbyte.MinValue, sbyte.MaxValue)),
                CanonicalTypeKind.S16 => WitValue.Signed(Integer(short.MinValue, short.MaxValue)),
                CanonicalTypeKind.S32 => WitValue.Signed(Integer(int.MinValue, int.MaxValue)),
                CanonicalTypeKind.S64 => WitValue.Signed(Integer(long.MinValue, long.MaxValue)),
                CanonicalTypeKind.U8 => WitValue.Unsigned(Natural(byte.MaxValue)),
                CanonicalTypeKind.U16 => WitValue.Unsigned(Natural(ushort.MaxValue)),
                CanonicalTypeKind.U32 => WitValue.Unsigned(Natural(uint.MaxValue)),
                CanonicalTypeKind.U64 => WitValue.Unsigned(Natural(ulong.MaxValue)),
                CanonicalTypeKind.F32 => WitValue.F32((float)Real()),
                CanonicalTypeKind.F64 => WitValue.F64(Real()),
                CanonicalTypeKind.Char => Char(),
                CanonicalTypeKind.String => WitValue.String(Quoted('"')),
                CanonicalTypeKind.List or CanonicalTypeKind.FixedList => WitValue.Sequence(Items('[', ']', _ => type.Element!)),
                CanonicalTypeKind.Tuple => WitValue.Sequence(Items('(', ')', i => i < type.Fields.Count ? type.Fields[i] : throw Error("too many tuple items"))),
                CanonicalTypeKind.Record => Record(type),
                CanonicalTypeKind.Flags => Flags(type),
                CanonicalTypeKind.Enum => WitValue.Variant(CaseIndex(type, Word())),
                CanonicalTypeKind.Option or CanonicalTypeKind.Result or CanonicalTypeKind.Variant => Case(type),
                _ => throw Error("resources have no text form"),
            };
        }
        finally
        {
            _depth--;
        }
    }

    public void End()
    {
        Skip();
        if (_position < text.Length) throw Error($"unexpected '{text[_position]}' after the value");
    }

    public static IReadOnlyList<string> SplitTopLevel(string text)
    {
        var parts = new List<string>();
        int depth = 0, start = 0;
        char quote = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quote != '\0')
            {
                if (c == '\\') i++;
                else if (c == quote) quote = '\0';
                continue;
            }
            if (c is '"' or '\'') quote = c;
            else if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}') depth--;
            else if (c == ',' && depth == 0)
            {
                parts.Add(text.Substring(start, i - start).Trim());
                start = i + 1;
            }
        }
        string last = text.Substring(start).Trim();
        if (last.Length > 0 || parts.Count > 0) parts.Add(last);
        return parts;
    }

    private WitValue Record(CanonicalType type)
    {
        Expect('{');
        var fields = new WitValue?[type.Fields.Count];
        Skip();
        while (!TryTake('}'))
        {
            string name = Word();
            int index = IndexOf(type.Labels, name) ?? throw Error($"the record has no field '{name}'");
            Expect(':');
            fields[index] = Value(type.Fields[index]);
            Skip();
            if (!TryTake(',')) { Expect('}'); break; }
            Skip();
        }
        var items = new WitValue[fields.Length];
        for (int i = 0; i < fields.Length; i++) items[i] = fields[i] ?? throw Error($"field '{type.Labels[i]}' is missing");
        return WitValue.Sequence(items);
    }

    private WitValue Flags(CanonicalType type)
    {
        Expect('{');
        uint mask = 0;
        Skip();
        while (!TryTake('}'))
        {
            string name = Word();
            int index = IndexOf(type.Labels, name) ?? throw Error($"no flag named '{name}'");
            mask |= 1u << index;
            Skip();
            if (!TryTake(',')) { Expect('}'); break; }
            Skip();
        }
        return WitValue.Flags(mask);
    }

    private WitValue Case(CanonicalType type)
    {
        int index = CaseIndex(type, Word());
        Skip();
        CanonicalType? payload = type.Cases[index];
        if (payload is null) return WitValue.Variant(index);
        Expect('(');
        WitValue value = Value(payload);
        Expect(')');
        return WitValue.Variant(index, value);
    }

    private int CaseIndex(CanonicalType type, string name)
    {
        int count = type.Kind is CanonicalTypeKind.Option or CanonicalTypeKind.Result ? 2 : type.Labels.Count;
        for (int i = 0; i < count; i++)
        {
            if (WaveText.CaseName(type, i) == name) return i;
        }
        throw Error($"'{name}' is not a case of this type");
    }

    private List<WitValue> Items(char open, char close, Func<int, CanonicalType> typeOf)
    {
        Expect(open);
        var items = new List<WitValue>();
        Skip();
        while (!TryTake(close))
        {
            items.Add(Value(typeOf(items.Count)));
            Skip();
            if (!TryTake(',')) { Expect(close); break; }
            Skip();
        }
        return items;
    }

    private WitValue Char()
    {
        string value = Quoted('\'');
        int count = 0;
        Rune first = default;
        foreach (Rune rune in value.EnumerateRunes())
        {
            if (count++ == 0) first = rune;
        }
        if (count != 1) throw Error("a char literal holds exactly one character");
        return WitValue.Char(first.Value);
    }

    private string Quoted(char quote)
    {
        Expect(quote);
        var value = new StringBuilder();
        while (true)
        {
            if (_position >= text.Length) throw Error("the quoted text does not end");
            char c = text[_position++];
            if (c == quote) return value.ToString();
            if (c != '\\') { value.Append(c); continue; }
            if (_position >= text.Length) throw Error("an escape does not end");
            char e = text[_position++];
            switch (e)
            {
                case 'n': value.Append('\n'); break;
                case 't': value.Append('\t'); break;
                case 'r': value.Append('\r'); break;
                case 'u':
                    Expect('{');
                    int end = text.IndexOf('}', _position);
                    if (end < 0 || !int.TryParse(text.AsSpan(_position, end - _position), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code) || !Rune.IsValid(code))
                    {
                        throw Error("\\u{…} must hold a Unicode scalar value in hex");
                    }
                    value.Append(char.ConvertFromUtf32(code));
                    _position = end + 1;
                    break;
                default: value.Append(e); break;
            }
        }
    }

    private long Integer(long min, long max)
    {
        string word = Word();
        if (!long.TryParse(word, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value) || value < min || value > max)
        {
            throw Error($"'{word}' is not an integer in [{min}, {max}]");
        }
        return value;
    }

    private ulong Natural(ulong max)
    {
        string word = Word();
        if (!ulong.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out ulong value) || value > max)
        {
            throw Error($"'{word}' is not an integer in [0, {max}]");
        }
        return value;
    }

    private double Real()
    {
        string word = Word();
        return word switch
        {
            "nan" => double.NaN,
            "inf" => double.PositiveInfinity,
            "-inf" => double.NegativeInfinity,
            _ => double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : throw Error($"'{word}' is not a number"),
        };
    }

    // A name, keyword or number: letters, digits, '-', '+', '.'.
    private string Word()
    {
        Skip();
        int start = _position;
        while (_position < text.Length && (char.IsLetterOrDigit(text[_position]) || text[_position] is '-' or '+' or '.' or '_')) _position++;
        if (start == _position) throw Error(_position < text.Length ? $"unexpected '{text[_position]}'" : "a value is missing");
        return text.Substring(start, _position - start);
    }

    private static int? IndexOf(IReadOnlyList<string> labels, string name)
    {
        for (int i = 0; i < labels.Count; i++)
        {
            if (labels[i] == name) return i;
        }
        return null;
    }

    private void Expect(char c)
    {
        Skip();
        if (!TryTake(c)) throw Error(_position < text.Length ? $"expected '{c}', found '{text[_position]}'" : $"expected '{c}' at the end");
    }

    private bool TryTake(char c)
    {
        if (_position < text.Length && text[_position] == c)
        {
            _position++;
            return true;
        }
        return false;
    }

    private void Skip()
    {
        while (_position < text.Length && char.IsWhiteSpace(text[_position])) _position++;
    }

    private FormatException Error(string message) => new($"{message} (at character {_position + 1} of `{text}`)");
}
