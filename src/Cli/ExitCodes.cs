namespace WitSharp.Cli;

/// <summary>The process exit codes every <c>witsharp</c> command uses.</summary>
public static class ExitCodes
{
    /// <summary>Everything is clean.</summary>
    public const int Success = 0;

    /// <summary>The input has errors, or (for <c>fmt --check</c>) a file is not formatted.</summary>
    public const int Findings = 1;

    /// <summary>The command line is wrong, or a path cannot be found or read.</summary>
    public const int UsageOrIoError = 2;

    /// <summary>A bug in witsharp (an unexpected exception); the message asks for a report.</summary>
    public const int InternalError = 3;
}
