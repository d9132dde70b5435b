using System.Collections.Generic;
using WitSharp.Tooling.Reporting;

namespace WitSharp.Tooling.Lint
{
    /// <summary>The outcome of linting one package.</summary>
    public sealed record LintResult(IReadOnlyList<Finding> Findings, bool Loaded)
    {
        /// <summary>The number of error-level findings (they make <c>witsharp lint</c> exit with 1).</summary>
        public int ErrorCount
        {
            get
            {
                int n = 0;
                foreach (var f in Findings) if (f.IsError) n++;
                return n;
            }
        }
    }
}
