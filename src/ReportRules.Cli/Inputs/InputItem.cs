namespace ReportRules.Cli.Inputs;

/// <summary>One input to read: a file, standard input, or an argument that matched nothing (then <see cref="Problem"/> says why).</summary>
/// <param name="Display">The name shown in output: the path as given or found, or <c>-</c> for standard input.</param>
/// <param name="Path">The file path; <see langword="null"/> for standard input or a problem.</param>
/// <param name="Problem">Why the argument yields no file; <see langword="null"/> when there is something to read.</param>
internal sealed record InputItem(string Display, string? Path, string? Problem)
{
    public const string StandardInputName = "-";

    public bool IsStandardInput => Path is null && Problem is null;

    public static InputItem File(string path) => new(path, path, null);

    public static InputItem StandardInput() => new(StandardInputName, null, null);

    public static InputItem Unusable(string display, string problem) => new(display, null, problem);
}
