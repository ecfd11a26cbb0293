using System.Security.Cryptography;
using System.Text;

namespace ReportRules.Findings;

internal static class FindingFingerprint
{
    public static string Compute(Finding finding)
    {
        var text = new StringBuilder();
        text.Append(finding.RuleId).Append('|').Append(finding.Scope).Append('|');
        foreach (var key in finding.Cells.Select(c => c.Key).Order(StringComparer.Ordinal))
        {
            text.Append(key).Append(',');
        }

        text.Append('|').Append(finding.Source).Append('|').Append(finding.Evidence);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexString(hash.AsSpan(0, 8)).ToLowerInvariant();
    }
}
