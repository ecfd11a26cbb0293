namespace ReportRules.Parsing.Narrative;

/// <summary>The negation words of the prose (未, 没有, 无, 零申请) and where they are.</summary>
internal static class Negation
{
    /// <summary>Gets the index of the first negation in a compact text ("未", "没有", "无" but not 无法/无论/无需, "零申"), or −1.</summary>
    /// <param name="text">The compact text.</param>
    /// <returns>The index, or −1.</returns>
    public static int First(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '未' || (text[i] == '没' && i + 1 < text.Length && text[i + 1] == '有') ||
                (text[i] == '无' && !(i + 1 < text.Length && text[i + 1] is '法' or '论' or '需')) || (text[i] == '零' && i + 1 < text.Length && text[i + 1] == '申'))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Gets whether text[clauseStart..at] holds a negation (未, 无, 没有): "未接收到一例申请" states zero, not one.</summary>
    /// <param name="text">The normalised text.</param>
    /// <param name="clauseStart">Where the clause starts.</param>
    /// <param name="at">Where the number starts.</param>
    /// <returns>Whether the number is negated.</returns>
    public static bool Within(string text, int clauseStart, int at)
    {
        for (var i = clauseStart; i < at; i++)
        {
            if (text[i] == '未' || text[i] == '无' || (text[i] == '没' && i + 1 < at && text[i + 1] == '有'))
            {
                return true;
            }
        }

        return false;
    }
}
