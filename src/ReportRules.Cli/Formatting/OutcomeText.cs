using ReportRules.Findings;

namespace ReportRules.Cli.Formatting;

/// <summary>
/// The words every readable format uses for a report's <see cref="CheckOutcome"/>, in one place so that text, CSV and
/// HTML say the same thing (the JSON formats write <see cref="FindingsJson.OutcomeId"/>).
/// </summary>
internal static class OutcomeText
{
    /// <summary>Gets the outcome word, e.g. <c>could not be checked</c> / <c>未能核对</c>.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="english">Whether to write English.</param>
    /// <returns>The word.</returns>
    public static string Word(CheckOutcome outcome, bool english) => outcome switch
    {
        CheckOutcome.Clean => english ? "clean" : "无问题",
        CheckOutcome.Findings => english ? "findings" : "有问题",
        CheckOutcome.NotChecked => english ? "could not be checked" : "未能核对",
        _ => english ? "unreadable" : "无法读取",
    };

    /// <summary>Gets the sentence that explains the outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="english">Whether to write English.</param>
    /// <returns>The explanation.</returns>
    public static string Explanation(CheckOutcome outcome, bool english) => outcome switch
    {
        CheckOutcome.Clean => english ? "rules were evaluated and none raised an error or a warning." : "已评估规则，未发现错误或警告。",
        CheckOutcome.Findings => english ? "at least one error or warning, listed below." : "存在错误或警告，见下文。",
        CheckOutcome.NotChecked => english
            ? "the report was read, but no table holds a number (or no rule could be evaluated), so nothing was checked. This is not a clean result."
            : "报告已读取，但表格中没有任何数字（或没有可评估的规则），因此未作任何核对。这不等于没有问题。",
        _ => english ? "the input could not be read." : "无法读取该输入。",
    };

    /// <summary>Gets the word and its explanation as one line, e.g. <c>could not be checked: the report was read, …</c>.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="english">Whether to write English.</param>
    /// <returns>The line.</returns>
    public static string Line(CheckOutcome outcome, bool english) =>
        Word(outcome, english) + (english ? ": " : "：") + Explanation(outcome, english);
}
