using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Tests.Spec;

/// <summary>Runs the commands of one spec script against the engine and says which failed.</summary>
internal sealed class SpecExecutionRunner
{
    private readonly WasmEngine _engine;
    private readonly WasmStore _store;
    private readonly WasmLinker _linker;
    private readonly Dictionary<string, WasmInstance> _named = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, object> _externs = new();
    private WasmInstance? _current;

    /// <summary>A runner whose modules run in <paramref name="mode"/> (the interpreter, tiering, or all compiled to CIL).</summary>
    public SpecExecutionRunner(CompilationMode mode = CompilationMode.Interpreter)
        : this(new WasmEngineOptions { Compilation = mode })
    {
    }

    /// <summary>A runner whose modules run with <paramref name="options"/>.</summary>
    public SpecExecutionRunner(WasmEngineOptions options)
    {
        _engine = new WasmEngine(options);
        _store = new WasmStore(_engine);
        _linker = SpecExecutionHost.CreateLinker(_engine, _store);
    }

    /// <summary>True when the command is out of scope (text-format modules need a WAT parser).</summary>
    public static bool NotApplicable(WastCommand command) => command.IsTextModule;

    /// <summary>Runs one command; returns null when it passed, else what went wrong.</summary>
    public string? Run(WastCommand command)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        _store.InterruptToken = timeout.Token;
        try
        {
            return RunCore(command);
        }
        catch (Exception e)
        {
            return $"unexpected {e.GetType().Name}: {e.Message}";
        }
    }

    private string? RunCore(WastCommand command)
    {
        switch (command.Type)
        {
            case WastCommandType.Module:
            {
                WasmInstance instance = _linker.Instantiate(_store, Load(command));
                _current = instance;
                if (command.Name != null) _named[command.Name] = instance;
                return null;
            }
            case WastCommandType.Register:
                _linker.DefineInstance(command.As!, Instance(command.Name));
                return null;
            case WastCommandType.Action:
                Perform(command.Action!);
                return null;
            case WastCommandType.AssertReturn:
                return CompareResults(Perform(command.Action!), command);
            case WastCommandType.AssertTrap:
            case WastCommandType.AssertExhaustion:
            case WastCommandType.AssertUninstantiable:
                return ExpectTrap(command);
            case WastCommandType.AssertInvalid:
            case WastCommandType.AssertMalformed:
                try
                {
                    Load(command);
                    return "module was accepted";
                }
                catch (WasmException)
                {
                    return null;
                }
            case WastCommandType.AssertUnlinkable:
                try
                {
                    _linker.Instantiate(_store, Load(command));
                    return "module linked";
                }
                catch (WasmLinkException)
                {
                    return null;
                }
            default:
                return "unknown command " + command.Type;
        }
    }

    private string? ExpectTrap(WastCommand command)
    {
        try
        {
            if (command.Action != null) Perform(command.Action);
            else _linker.Instantiate(_store, Load(command));
            return "no trap";
        }
        catch (WasmTrapException trap)
        {
            if (command.Type == WastCommandType.AssertExhaustion && trap.Kind != TrapKind.CallStackExhausted)
                return $"trapped with {trap.Kind}, expected call stack exhaustion";
            if (command.Type == WastCommandType.AssertTrap && command.Text != null && !command.Text.StartsWith(trap.Message, StringComparison.Ordinal)
                && !trap.Message.StartsWith(command.Text, StringComparison.Ordinal))
                return $"trapped with '{trap.Message}', expected '{command.Text}'";
            return null;
        }
    }

    private WasmModule Load(WastCommand command)
    {
        WasmModule module = _engine.LoadModule(File.ReadAllBytes(command.ModulePath!));
        _loaded.Add(module);
        return module;
    }

    private readonly List<WasmModule> _loaded = new();

    /// <summary>Interpreted activations that moved to CIL at a loop header in this runner's modules so far.</summary>
    public int LoopEntries
    {
        get
        {
            int count = 0;
            foreach (WasmModule module in _loaded) count += module.Cil?.LoopEntryCount ?? 0;
            return count;
        }
    }

    private WasmInstance Instance(string? name)
    {
        if (name is null) return _current ?? throw new InvalidOperationException("no module instantiated yet");
        return _named.TryGetValue(name, out WasmInstance? instance) ? instance : throw new InvalidOperationException("unknown module " + name);
    }

    private WasmValue[] Perform(WastAction action)
    {
        WasmInstance instance = Instance(action.Module);
        if (!action.IsInvoke)
        {
            WasmGlobal global = instance.GetGlobal(action.Field) ?? throw new InvalidOperationException("no global " + action.Field);
            return new[] { global.Value };
        }
        WasmFunction function = instance.GetFunction(action.Field) ?? throw new InvalidOperationException("no function " + action.Field);
        var arguments = new WasmValue[action.Arguments.Length];
        for (int i = 0; i < arguments.Length; i++) arguments[i] = ToValue(action.Arguments[i]);
        return function.Invoke(arguments);
    }

    private WasmValue ToValue(WastValue value) => value.Type switch
    {
        "i32" => WasmValue.FromBits(ValType.I32, value.Bits),
        "i64" => WasmValue.FromBits(ValType.I64, value.Bits),
        "f32" => WasmValue.FromBits(ValType.F32, value.Bits),
        "f64" => WasmValue.FromBits(ValType.F64, value.Bits),
        "externref" => WasmValue.ExternRef(value.Kind == WastValueKind.Null ? null : Extern(value.Bits)),
        "funcref" when value.Kind == WastValueKind.Null => WasmValue.FuncRef(null),
        _ => throw new InvalidOperationException("unsupported argument " + value),
    };

    private object Extern(ulong n)
    {
        if (!_externs.TryGetValue(n, out object? value)) _externs.Add(n, value = new ExternToken(n));
        return value;
    }

    private sealed record ExternToken(ulong Value);

    private string? CompareResults(WasmValue[] actual, WastCommand command)
    {
        if (actual.Length != command.Expected.Length) return $"{actual.Length} results, expected {command.Expected.Length}";
        for (int i = 0; i < actual.Length; i++)
        {
            if (!Matches(actual[i], command.Expected[i])) return $"result {i} is {actual[i]}, expected {command.Expected[i]}";
        }
        return null;
    }

    private bool Matches(WasmValue actual, WastValue expected)
    {
        switch (expected.Kind)
        {
            case WastValueKind.Number:
                return actual.Bits == expected.Bits && actual.Type.ToWatName() == expected.Type;
            case WastValueKind.CanonicalNan:
                return expected.Type == "f32" ? (actual.Bits & 0x7FFF_FFFF) == 0x7FC0_0000 : (actual.Bits & 0x7FFF_FFFF_FFFF_FFFF) == 0x7FF8_0000_0000_0000;
            case WastValueKind.ArithmeticNan:
                return expected.Type == "f32" ? (actual.Bits & 0x7FC0_0000) == 0x7FC0_0000 : (actual.Bits & 0x7FF8_0000_0000_0000) == 0x7FF8_0000_0000_0000;
            case WastValueKind.Null:
                return actual.IsNull;
            case WastValueKind.Reference:
                return expected.Type == "externref" ? ReferenceEquals(actual.Reference, Extern(expected.Bits)) : actual.Reference != null;
            default:
                return actual.Type.ToWatName() == expected.Type;
        }
    }
}
