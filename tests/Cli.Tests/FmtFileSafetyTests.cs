using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using WitSharp.Cli.Output;

namespace WitSharp.Cli.Tests;

/// <summary><c>fmt</c> replaces files atomically, keeps each file's line endings and byte-order mark, and goes on after a failure.</summary>
public sealed class FmtFileSafetyTests : IDisposable
{
    private const string Messy = "package demo:fmt;\ninterface api{\nget:func()->u32;\n}\n";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_failed_write_leaves_the_file_as_it_was_and_the_other_files_are_still_formatted()
    {
        string a = _temp.Write("a.wit", Messy);
        string b = _temp.Write("b.wit", Messy);
        // Permission bits do not stop root (CI runs tests as root): the failure is injected where a full disk fails, mid-write.
        var files = new AtomicFileWriter(stream => IsFor(stream, "a.wit") ? new FullDiskStream(stream) : stream);

        var result = Run(files, "fmt", _temp.Path, "--format", "json");

        Assert.Equal(ExitCodes.UsageOrIoError, result.ExitCode);
        Assert.Equal(Messy, File.ReadAllText(a));
        Assert.Contains("interface api {\n  get: func() -> u32;\n}", File.ReadAllText(b));
        using var json = JsonDocument.Parse(result.StdOut);
        var error = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("WIT0902", error.GetProperty("code").GetString());
        Assert.Contains(a, error.GetProperty("message").GetString());
        Assert.Contains("No space left on device", error.GetProperty("message").GetString());
        Assert.Contains("1 file(s) reformatted", result.StdErr);
        Assert.Contains("1 file(s) could not be written", result.StdErr);
        Assert.Equal(new[] { "a.wit", "b.wit" }, Directory.GetFileSystemEntries(_temp.Path).Select(Path.GetFileName).OrderBy(n => n));
    }

    [Fact]
    public void Crlf_files_stay_crlf_and_keep_their_byte_order_mark()
    {
        byte[] bom = { 0xEF, 0xBB, 0xBF };
        string crlf = _temp.Write("crlf.wit", "");
        File.WriteAllBytes(crlf, bom.Concat(Encoding.UTF8.GetBytes(Messy.Replace("\n", "\r\n"))).ToArray());
        string lf = _temp.Write("lf.wit", Messy);

        Assert.Equal(ExitCodes.Success, CliRunner.Run("fmt", _temp.Path).ExitCode);

        byte[] written = File.ReadAllBytes(crlf);
        Assert.Equal(bom, written.Take(3));
        string text = Encoding.UTF8.GetString(written, 3, written.Length - 3);
        Assert.Contains("interface api {\r\n  get: func() -> u32;\r\n}\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
        Assert.DoesNotContain("\r", File.ReadAllText(lf));
        var again = CliRunner.Run("fmt", "--check", _temp.Path);
        Assert.Equal(ExitCodes.Success, again.ExitCode);
        Assert.Contains("2 file(s) already formatted", again.StdErr);
    }

    [Theory]
    [InlineData("package demo:cr;\n\ninterface x {\n  f: func(); // trailing\r\r\n}\n")]
    [InlineData("package demo:cr;\n\ninterface x {\n  /// doc \r\r\n  f: func();\n}\n")]
    [InlineData("package demo:cr;\n// last\r")]
    public void A_comment_ending_in_cr_is_formatted_once_and_for_all(string source)
    {
        string file = _temp.Write("cr.wit", source);
        Assert.Equal(ExitCodes.Success, CliRunner.Run("fmt", file).ExitCode);
        string once = File.ReadAllText(file);

        var check = CliRunner.Run("fmt", "--check", file);

        Assert.True(check.ExitCode == ExitCodes.Success, check.StdOut);
        Assert.Equal(once, File.ReadAllText(file));
    }

    [SkippableFact]
    public void The_file_mode_is_kept()
    {
        if (OperatingSystem.IsWindows()) throw new SkipException("Unix permission bits only");
        string file = _temp.Write("api.wit", Messy);
        var mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.UserExecute;
        File.SetUnixFileMode(file, mode);

        Assert.Equal(ExitCodes.Success, CliRunner.Run("fmt", file).ExitCode);

        Assert.NotEqual(Messy, File.ReadAllText(file));
        Assert.Equal(mode, File.GetUnixFileMode(file));
    }

    [SkippableFact]
    public void A_linked_file_is_formatted_through_its_link()
    {
        string target = _temp.Write("real/api.wit", Messy);
        string link = Path.Combine(_temp.Path, "link.wit");
        try
        {
            File.CreateSymbolicLink(link, target);
        }
        catch (Exception e) when (e is UnauthorizedAccessException || e is IOException)
        {
            Skip.If(true, $"cannot create a symbolic link here: {e.Message}");
        }

        Assert.Equal(ExitCodes.Success, CliRunner.Run("fmt", link).ExitCode);

        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Contains("get: func() -> u32;", File.ReadAllText(target));
    }

    [Fact]
    public void Check_says_how_many_files_are_already_formatted()
    {
        _temp.Write("a.wit", "package demo:ok;\n");
        _temp.Write("b/c.wit", "package demo:ok2;\n");

        var result = CliRunner.Run("fmt", "--check", _temp.Path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.StdOut);
        Assert.Equal("2 file(s) already formatted", result.StdErr.Trim());
    }

    [Fact]
    public void Check_with_a_machine_format_keeps_stdout_one_json_document()
    {
        _temp.Write("a.wit", Messy);

        var result = CliRunner.Run("fmt", "--check", _temp.Path, "--format", "json");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        using var json = JsonDocument.Parse(result.StdOut);
        Assert.Empty(json.RootElement.EnumerateArray());
        Assert.Contains("+  get: func() -> u32;", result.StdErr);
    }

    private static bool IsFor(Stream stream, string fileName) =>
        stream is FileStream file && Path.GetFileName(file.Name).StartsWith("." + fileName + ".", StringComparison.Ordinal);

    private static CliRunner.Result Run(AtomicFileWriter files, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(args, stdout, stderr, files);
        return new CliRunner.Result(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Takes the first few bytes, then fails as a write to a full disk does (ENOSPC).</summary>
    private sealed class FullDiskStream(Stream inner) : Stream
    {
        private const int Room = 8;

        public override void Write(byte[] buffer, int offset, int count)
        {
            int fits = (int)Math.Max(0, Math.Min(count, Room - inner.Position));
            inner.Write(buffer, offset, fits);
            if (fits < count) throw new IOException("No space left on device");
        }

        public override void Flush() => inner.Flush();
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
