using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using WitSharp.Engine.Binary;
using WitSharp.Engine.Validation;
using Xunit.Abstractions;

namespace WitSharp.Engine.Tests.Spec;

/// <summary>
/// The decoding and validation side of the core spec suite: every module decodes and validates, every binary
/// assert_malformed is rejected as malformed, every assert_invalid is rejected by the validator. Text-format
/// assert_malformed commands are not applicable (no WAT parser) and are counted separately.
/// </summary>
public sealed class SpecSuiteValidationTests
{
    private readonly ITestOutputHelper _output;

    public SpecSuiteValidationTests(ITestOutputHelper output)
    {
        _output = output;
    }

    private sealed class Tally
    {
        public int Passed, Total, TextMatches, TextTotal, NotApplicable;
        public readonly List<string> TextDifferences = new();
        public void Add(Tally other)
        {
            Passed += other.Passed;
            Total += other.Total;
            TextMatches += other.TextMatches;
            TextTotal += other.TextTotal;
            NotApplicable += other.NotApplicable;
            TextDifferences.AddRange(other.TextDifferences);
        }
    }

    [SkippableFact]
    public void EveryModuleValidatesAndEveryMalformedOrInvalidModuleIsRejected()
    {
        var all = new Tally();
        var failures = new List<string>();
        var report = new StringBuilder();
        foreach (WastScript script in SpecSuite.LoadAll())
        {
            var tally = new Tally();
            foreach (WastCommand command in script.Commands)
            {
                string? failure = Check(command, command.Where(script), tally);
                if (failure != null) failures.Add($"{command.Where(script)} {command.Type}: {failure}");
            }
            report.AppendLine($"{script.Name,-28} {tally.Passed,5}/{tally.Total,-5} texts {tally.TextMatches,4}/{tally.TextTotal,-4} text-format n/a {tally.NotApplicable}");
            all.Add(tally);
        }
        report.AppendLine($"{"all",-28} {all.Passed,5}/{all.Total,-5} texts {all.TextMatches,4}/{all.TextTotal,-4} text-format n/a {all.NotApplicable}");
        _output.WriteLine(report.ToString());
        foreach (string failure in failures) _output.WriteLine(failure);
        _output.WriteLine("Rejected with a different message than the suite's:");
        foreach (string difference in all.TextDifferences) _output.WriteLine("  " + difference);
        Assert.True(all.Total > 2000, $"only {all.Total} module commands found");
        Assert.True(failures.Count == 0, $"{failures.Count} of {all.Total} failed; first: {string.Join("\n", failures.GetRange(0, Math.Min(20, failures.Count)))}");
    }

    private static string? Check(WastCommand command, string where, Tally tally)
    {
        switch (command.Type)
        {
            case WastCommandType.Module:
            case WastCommandType.AssertUnlinkable:
            case WastCommandType.AssertUninstantiable:
            {
                tally.Total++;
                Exception? error = DecodeAndValidate(command.ModulePath!);
                if (error != null) return $"valid module rejected: {error.GetType().Name}: {error.Message}";
                tally.Passed++;
                return null;
            }
            case WastCommandType.AssertMalformed when command.IsTextModule:
                tally.NotApplicable++;
                return null;
            case WastCommandType.AssertMalformed:
                return ExpectRejection<WasmDecodeException>(command, where, tally);
            case WastCommandType.AssertInvalid:
                return ExpectRejection<WasmValidationException>(command, where, tally);
            default:
                return null;
        }
    }

    private static string? ExpectRejection<TExpected>(WastCommand command, string where, Tally tally) where TExpected : WasmException
    {
        tally.Total++;
        tally.TextTotal++;
        Exception? error = DecodeAndValidate(command.ModulePath!);
        if (error is not TExpected wasm)
        {
            return error is null
                ? $"accepted, expected {typeof(TExpected).Name} \"{command.Text}\""
                : $"expected {typeof(TExpected).Name} \"{command.Text}\", got {error.GetType().Name}: {error.Message}";
        }
        tally.Passed++;
        string reason = wasm is WasmDecodeException d ? d.Reason : ((WasmValidationException)(object)wasm).Reason;
        if (command.Text != null && reason.StartsWith(command.Text, StringComparison.Ordinal)) tally.TextMatches++;
        else tally.TextDifferences.Add($"{where}: expected \"{command.Text}\", got \"{reason}\"");
        return null;
    }

    private static Exception? DecodeAndValidate(string path)
    {
        try
        {
            ModuleValidator.Validate(ModuleDecoder.Decode(File.ReadAllBytes(path)));
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
