using System;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>
    /// Runs work on a thread with a large stack. Resolution walks chains whose length the input decides
    /// (interfaces using each other, packages depending on each other, alias chains); a big stack keeps
    /// hostile inputs of any practical size from overflowing it, which no handler could recover from.
    /// </summary>
    internal static class LargeStack
    {
        private const int StackBytes = 64 * 1024 * 1024;

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
