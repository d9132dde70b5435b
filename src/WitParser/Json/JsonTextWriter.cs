using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace WitSharp.WitParser.Json
{
    /// <summary>
    /// A minimal streaming JSON writer with two-space pretty printing (the layout serde_json's pretty
    /// printer uses). netstandard2.0 has no System.Text.Json and the parser takes no packages.
    /// </summary>
    internal sealed class JsonTextWriter
    {
        private readonly StringBuilder _sb = new StringBuilder();
        // Per open container: has it received a member yet?
        private readonly Stack<bool> _hasMembers = new Stack<bool>();
        private bool _afterName;

        public void BeginObject() => Open('{');

        public void EndObject() => Close('}');

        public void BeginArray() => Open('[');

        public void EndArray() => Close(']');

        public void Name(string name)
        {
            BeforeValue();
            WriteString(name);
            _sb.Append(": ");
            _afterName = true;
        }

        public void String(string? value)
        {
            BeforeValue();
            if (value is null) _sb.Append("null");
            else WriteString(value);
        }

        public void Number(long value)
        {
            BeforeValue();
            _sb.Append(value.ToString(CultureInfo.InvariantCulture));
        }

        public void Null()
        {
            BeforeValue();
            _sb.Append("null");
        }

        public override string ToString() => _sb.ToString();

        private void Open(char c)
        {
            BeforeValue();
            _sb.Append(c);
            _hasMembers.Push(false);
        }

        private void Close(char c)
        {
            bool had = _hasMembers.Pop();
            if (had) NewLine();
            _sb.Append(c);
        }

        private void BeforeValue()
        {
            if (_afterName)
            {
                _afterName = false;
                return;
            }
            if (_hasMembers.Count == 0) return;
            bool had = _hasMembers.Pop();
            if (had) _sb.Append(',');
            _hasMembers.Push(true);
            NewLine();
        }

        private void NewLine()
        {
            _sb.Append('\n');
            _sb.Append(' ', _hasMembers.Count * 2);
        }

        private void WriteString(string s)
        {
            _sb.Append('"');
            foreach (char c in s)
            {
                switch (c)
                {
                    case '"': _sb.Append("\\\""); break;
                    case '\\': _sb.Append("\\\\"); break;
                    case '\n': _sb.Append("\\n"); break;
                    case '\r': _sb.Append("\\r"); break;
                    case '\t': _sb.Append("\\t"); break;
                    case '\b': _sb.Append("\\b"); break;
                    case '\f': _sb.Append("\\f"); break;
                    default:
                        if (c < 0x20) _sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else _sb.Append(c);
                        break;
                }
            }
            _sb.Append('"');
        }
    }
}
