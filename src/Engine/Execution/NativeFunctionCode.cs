namespace WitSharp.Engine.Execution;

/// <summary>
/// A function's code from a tier other than the interpreter: runs with its arguments in
/// <see cref="ExecutionStack.Values"/> at <paramref name="fp"/> and leaves its results there.
/// </summary>
/// <param name="stack">The store's execution stack; slots from <paramref name="fp"/> up belong to the callee.</param>
/// <param name="instance">The instance that defines the function.</param>
/// <param name="fp">The frame pointer: the slot of the first argument.</param>
internal delegate void NativeFunctionCode(ExecutionStack stack, WasmInstance instance, int fp);
