using System.Collections;
using System.Collections.Generic;
using WitSharp.WitParser.Text;

namespace WitSharp.WitParser.Diagnostics
{
    /// <summary>A growable list of diagnostics that the stages of the front end report into.</summary>
    public sealed class DiagnosticBag : IReadOnlyList<Diagnostic>
    {
        private readonly List<Diagnostic> _items = new List<Diagnostic>();

        /// <summary>The number of diagnostics.</summary>
        public int Count => _items.Count;

        /// <summary>The diagnostic at <paramref name="index"/>.</summary>
        public Diagnostic this[int index] => _items[index];

        /// <summary>True when any diagnostic is an error.</summary>
        public bool HasErrors
        {
            get
            {
                foreach (var d in _items) if (d.IsError) return true;
                return false;
            }
        }

        /// <summary>Adds a diagnostic.</summary>
        public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

        /// <summary>Adds several diagnostics.</summary>
        public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

        /// <summary>Adds an error at a span.</summary>
        public void Error(string code, string message, SourceText source, TextSpan span) =>
            _items.Add(Diagnostic.Error(code, message, source, span));

        /// <summary>Adds a warning at a span.</summary>
        public void Warning(string code, string message, SourceText source, TextSpan span) =>
            _items.Add(new Diagnostic(code, DiagnosticSeverity.Warning, message, new SourceLocation(source, span)));

        /// <summary>A snapshot of the diagnostics as an array.</summary>
        public Diagnostic[] ToArray() => _items.ToArray();

        /// <inheritdoc />
        public IEnumerator<Diagnostic> GetEnumerator() => _items.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
