namespace WitSharp.WitParser.Diagnostics
{
    /// <summary>How serious a diagnostic is.</summary>
    public enum DiagnosticSeverity
    {
        /// <summary>Informational; never fails a run.</summary>
        Info = 0,

        /// <summary>Suspicious but valid input.</summary>
        Warning = 1,

        /// <summary>Invalid input: the package cannot be used.</summary>
        Error = 2,
    }
}
