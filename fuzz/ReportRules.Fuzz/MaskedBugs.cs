using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace ReportRules.Fuzz;

/// <summary>
/// The <c>--strict</c> watch: the document readers end in a last-resort catch that turns any exception into a
/// <c>PARSE-1</c> result, so a bug of ours under them (a <see cref="NullReferenceException"/>, an index out of range)
/// never escapes and no engine would see it. This records every exception of a bug-like type thrown while the library's
/// own code is the nearest non-framework caller, so the harness can count it as a crash when the result's error names
/// it (it reached a catch-all) though a result came back.
/// Exceptions that third-party readers (PdfPig, OpenXml, AngleSharp) throw on broken files are not ours and not counted.
/// </summary>
internal static class MaskedBugs
{
    private static readonly HashSet<Type> BugTypes =
    [
        typeof(NullReferenceException), typeof(IndexOutOfRangeException), typeof(ArgumentOutOfRangeException),
        typeof(ArgumentNullException), typeof(InvalidCastException), typeof(KeyNotFoundException),
        typeof(DivideByZeroException), typeof(OverflowException), typeof(InvalidOperationException),
        typeof(ArgumentException), typeof(FormatException), typeof(NotSupportedException), typeof(NotImplementedException),
    ];

    [ThreadStatic]
    private static List<(string Type, string Message, string Where)>? seen;

    private static int installed;

    public static void Install()
    {
        if (Interlocked.Exchange(ref installed, 1) == 0)
        {
            AppDomain.CurrentDomain.FirstChanceException += OnFirstChance;
        }
    }

    /// <summary>Starts watching the current thread.</summary>
    public static void Begin() => seen = [];

    /// <summary>What was thrown by our code on this thread since <see cref="Begin"/>; stops watching.</summary>
    public static IReadOnlyList<(string Type, string Message, string Where)> End()
    {
        var result = seen ?? [];
        seen = null;
        return result;
    }

    /// <summary>
    /// Those of <paramref name="thrown"/> that the error of a result names ("TypeName: message", as the readers'
    /// catch-alls write it): exceptions that reached a catch-all. One handled on the way (the framework's zip reader
    /// catches its own ArgumentOutOfRangeException for an impossible entry date) is not named and not counted.
    /// </summary>
    public static IEnumerable<string> NamedIn(string? error, IReadOnlyList<(string Type, string Message, string Where)> thrown) =>
        error is null
            ? []
            : thrown.Where(t => error.Contains($"{t.Type}: {t.Message}", StringComparison.Ordinal)).Select(t => $"{t.Type} in {t.Where}: {t.Message}");

    private static void OnFirstChance(object? sender, FirstChanceExceptionEventArgs e)
    {
        if (seen is not { } list || !BugTypes.Contains(e.Exception.GetType()))
        {
            return;
        }

        // The throwing stack is still there: the first frame outside the framework says whose code it was.
        foreach (var frame in new StackTrace(1, false).GetFrames())
        {
            var method = frame.GetMethod();
            var assembly = method?.DeclaringType?.Assembly.GetName().Name ?? string.Empty;
            if (assembly.StartsWith("System", StringComparison.Ordinal) || assembly is "mscorlib" or "netstandard" or "ReportRules.Fuzz")
            {
                continue;
            }

            if (assembly is "ReportRules" or "ReportRules.Documents")
            {
                list.Add((e.Exception.GetType().Name, e.Exception.Message, $"{method!.DeclaringType!.FullName}.{method.Name}"));
            }

            return;
        }
    }
}
