using BenchmarkDotNet.Running;

namespace ReportRules.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/ReportRules.Benchmarks -- --filter '*'</c>;
/// <c>-- measure [rounds]</c> prints every issue-12 target with its figure in about a minute.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    /// <param name="args">BenchmarkDotNet arguments, or <c>measure</c>.</param>
    /// <returns>The exit code.</returns>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "measure")
        {
            return MeasureCommand.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "generate")
        {
            return GenerateCommand.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "alloc-types")
        {
            return AllocationTypes.Run(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
