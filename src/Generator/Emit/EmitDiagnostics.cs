using System.Collections.Generic;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Text;

namespace WitSharp.Generator.Emit
{
    /// <summary>The diagnostics the emitter reports (it never throws for a resolved input).</summary>
    internal sealed class EmitDiagnostics
    {
        private readonly HashSet<string> _seen = new HashSet<string>();

        public List<Diagnostic> Items { get; } = new List<Diagnostic>();

        /// <summary>An item whose type contains stream, future or error-context, declared at <paramref name="at"/> when known.</summary>
        public void Unsupported(string where, SourceLocation? at = null) => Add(DiagnosticCodes.GeneratorUnsupportedType, at,
            where + " uses stream, future or error-context, which the C# bindings do not support yet: those values are "
            + "WitSharp.Runtime.Bindings.UnsupportedValue and the function gets no trampoline (" + NotBound + ")");

        /// <summary>An async function emitted with a synchronous signature, declared at <paramref name="at"/> when known.</summary>
        public void Async(string where, SourceLocation? at = null) => Add(DiagnosticCodes.GeneratorAsyncFunction, at,
            where + " is async, which the C# bindings do not support yet: it is declared with a synchronous signature and "
            + "gets no trampoline (" + NotBound + ")");

        // What the rest of the bindings do about a function without a trampoline.
        private const string NotBound = "the rest of its interface still binds; an export binding's method for it throws NotSupportedException";

        /// <summary>Adds an error.</summary>
        public void Error(string code, string message) => Items.Add(Diagnostic.Error(code, message));

        private void Add(string code, SourceLocation? at, string message)
        {
            // Worlds repeat interfaces (imported and exported); say each thing once.
            if (_seen.Add(code + message)) Items.Add(new Diagnostic(code, DiagnosticSeverity.Warning, message, at));
        }
    }
}
