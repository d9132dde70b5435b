using System;
using System.Collections.Generic;

namespace WitSharp.Engine.Benchmarks;

/// <summary>
/// A synthetic module of a given size for load and compile figures: many functions <c>(i32) -> i32</c> of straight-line
/// arithmetic (each about <see cref="BodyBytes"/> bytes), the first exported as <see cref="FirstExport"/>.
/// </summary>
public static class LargeModule
{
    /// <summary>The export the first call goes to.</summary>
    public const string FirstExport = "first";

    /// <summary>About how many bytes each function body takes.</summary>
    public const int BodyBytes = 512;

    // One step: i32.const k; i32.add; i32.const 3; i32.mul (k < 64, so each constant is one LEB byte).
    private const int StepBytes = 6;

    /// <summary>How many functions a module of <paramref name="bytes"/> bytes has.</summary>
    public static int FunctionCount(int bytes) => Math.Max(1, bytes / (BodyBytes + 3));

    /// <summary>Encodes a module of about <paramref name="bytes"/> bytes.</summary>
    public static byte[] Build(int bytes)
    {
        int functions = FunctionCount(bytes);
        var body = new List<byte> { 0x00, 0x20, 0x00 }; // no locals; local.get 0
        for (int step = 0; body.Count + StepBytes < BodyBytes - 1; step++) body.AddRange(new byte[] { 0x41, (byte)(step % 64), 0x6A, 0x41, 0x03, 0x6C });
        body.Add(0x0B);
        var module = new List<byte> { 0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00 };
        Section(module, 1, new byte[] { 0x01, 0x60, 0x01, 0x7F, 0x01, 0x7F });
        var functionSection = new List<byte>();
        Leb(functionSection, (uint)functions);
        for (int i = 0; i < functions; i++) functionSection.Add(0x00);
        Section(module, 3, functionSection);
        var exports = new List<byte> { 0x01 };
        Leb(exports, (uint)FirstExport.Length);
        foreach (char c in FirstExport) exports.Add((byte)c);
        exports.AddRange(new byte[] { 0x00, 0x00 });
        Section(module, 7, exports);
        var code = new List<byte>(functions * (body.Count + 3));
        Leb(code, (uint)functions);
        for (int i = 0; i < functions; i++)
        {
            Leb(code, (uint)body.Count);
            code.AddRange(body);
        }
        Section(module, 10, code);
        return module.ToArray();
    }

    private static void Section(List<byte> module, byte id, IReadOnlyCollection<byte> content)
    {
        module.Add(id);
        Leb(module, (uint)content.Count);
        module.AddRange(content);
    }

    private static void Leb(List<byte> output, uint value)
    {
        do
        {
            byte b = (byte)(value & 0x7F);
            value >>= 7;
            output.Add(value == 0 ? b : (byte)(b | 0x80));
        }
        while (value != 0);
    }
}
