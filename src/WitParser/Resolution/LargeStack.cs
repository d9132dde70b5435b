using System;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>
    /// Runs work on a thread with a large stack. Resolution walks chains whose length the input decides
    /// (interfaces using each other, packages depending on each other, alias chains); a big stack keeps
    /// hostile inputs of any practical size from overflowing it, which no handler could recover from.
    /// Small inputs run on the caller's thread: starting and joining a thread costs more than resolving a
    /// typical file, and on a busy machine the hand-over waits for the scheduler twice.
    /// </summary>
    internal static class LargeStack
    {
        private const int StackBytes = 64 * 1024 * 1024;

        /// <summary>
        /// Inputs up to this many characters run inline. Their chains are at most a few hundred links deep, far
        /// within the room <see cref="RuntimeHelpers.EnsureSufficientExecutionStack"/> checks for; the recursive
        /// walks call <see cref="Guard"/> as well, so an inline run that still runs low starts over on a big stack.
        /// </summary>
        public const int InlineLimit = 16 * 1024;

        /// <summary>Throws <see cref="InsufficientExecutionStackException"/> when the stack is nearly used up.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static void Guard() => RuntimeHelpers.EnsureSufficientExecutionStack();

        /// <summary>
        /// Runs <paramref name="work"/> inline when <paramref name="inputSize"/> is small and the stack has room,
        /// otherwise (or when the inline run runs out of stack) on a large-stack thread. <paramref name="work"/>
        /// must have no effects beyond its result, because it may run twice.
        /// </summary>
        public static T Run<T>(int inputSize, Func<T> work)
        {
            if (inputSize <= InlineLimit)
            {
                try
                {
                    Guard();
                    return work();
                }
                catch (InsufficientExecutionStackException)
                {
                    // Fall through to the big stack.
                }
            }
            return Run(work);
        }

        /// <summary>Runs <paramref name="work"/> on a large-stack thread (inline where threads cannot start).</summary>
        public static T Run<T>(Func<T> work)
        {
            T result = default!;
            ExceptionDispatchInfo? failure = null;
            var thread = new Thread(() =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
            }, StackBytes);
            try
            {
                thread.Start();
            }
            catch (Exception e) when (e is PlatformNotSupportedException || e is NotSupportedException || e is OutOfMemoryException)
            {
                // Some hosts (single-threaded WebAssembly) cannot start threads: run on the caller's stack.
                return work();
            }
            thread.Join();
            failure?.Throw();
            return result;
        }
    }
}
