using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace WitSharp.Generator.Roslyn
{
    /// <summary>Turns <see cref="WitDiagnosticInfo"/> values into compiler diagnostics located in the <c>.wit</c> files.</summary>
    internal static class RoslynDiagnostics
    {
        private const string Category = "WitSharp";

        public static Diagnostic Create(WitDiagnosticInfo info)
        {
            var severity = info.IsError ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
            // The WIT code is the compiler id, so users can look it up (and NoWarn it) as they see it in wit tools.
            var descriptor = new DiagnosticDescriptor(info.Id, info.IsError ? "WIT error" : "WIT warning", "{0}", Category,
                severity, isEnabledByDefault: true);
            return Diagnostic.Create(descriptor, Locate(info), info.Message);
        }

        private static Location Locate(WitDiagnosticInfo info)
        {
            if (info.Path is null) return Location.None;
            var span = new TextSpan(info.Start, info.Length);
            var lines = new LinePositionSpan(new LinePosition(info.StartLine, info.StartColumn), new LinePosition(info.EndLine, info.EndColumn));
            return Location.Create(info.Path, span, lines);
        }
    }
}
