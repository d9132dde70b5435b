namespace WitSharp.Engine;

/// <summary>Which tier runs a module's functions (<see cref="WasmEngineOptions.Compilation"/>).</summary>
public enum CompilationMode
{
    /// <summary>Every function is interpreted: nothing is compiled, startup is cheapest.</summary>
    Interpreter,

    /// <summary>
    /// Functions start in the interpreter; one where execution spends its time (sampled each time the work budget that
    /// counts calls and loop iterations is refilled) is compiled to CIL, with the functions it calls, and later calls
    /// run the compiled code. Interpreted and compiled frames call each other freely.
    /// </summary>
    Tiered,

    /// <summary>Every function of a module is compiled to CIL when the module is loaded; the interpreter runs nothing.</summary>
    Compiled,
}
