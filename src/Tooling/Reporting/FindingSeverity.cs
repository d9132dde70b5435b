namespace WitSharp.Tooling.Reporting
{
    /// <summary>How serious a finding is; the three levels SARIF and GitHub annotations share.</summary>
    public enum FindingSeverity
    {
        /// <summary>Informational (SARIF <c>note</c>, GitHub <c>::notice</c>); never fails a run.</summary>
        Note = 0,

        /// <summary>Worth a look (SARIF <c>warning</c>); fails a run only when the caller asks for it.</summary>
        Warning = 1,

        /// <summary>Must be fixed (SARIF <c>error</c>); fails the run (exit code 1).</summary>
        Error = 2,
    }
}
