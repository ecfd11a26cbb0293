namespace ReportRules.Rules;

/// <summary>The stable rule ids: the only place they are spelled. Never renumbered or reused.</summary>
public static class RuleIds
{
#pragma warning disable CS1591 // Each constant is documented by its catalog entry (RuleCatalog), which docs/rules.md renders.
    public const string T3F1 = "T3-F1";
    public const string T3F2 = "T3-F2";
    public const string T3F3 = "T3-F3";
    public const string T3F4 = "T3-F4";
    public const string T3F5 = "T3-F5";
    public const string T4F1 = "T4-F1";
    public const string T4F2 = "T4-F2";
    public const string T4F3 = "T4-F3";
    public const string T4F4 = "T4-F4";
    public const string T2F1 = "T2-F1";
    public const string T2F2 = "T2-F2";
    public const string T2F3 = "T2-F3";
    public const string T2F4 = "T2-F4";
    public const string T2F5 = "T2-F5";
    public const string P31 = "P3-1";
    public const string P32 = "P3-2";
    public const string P33 = "P3-3";
    public const string P35 = "P3-5";
    public const string P22 = "P2-2";
    public const string P23 = "P2-3";
    public const string P24 = "P2-4";
    public const string PEd1 = "P-ED-1";
    public const string X1 = "X-1";
    public const string LF1 = "L-F1";
    public const string LF2 = "L-F2";
    public const string LF3 = "L-F3";
    public const string LF4 = "L-F4";
    public const string LF5 = "L-F5";
    public const string LF6 = "L-F6";
    public const string LF7 = "L-F7";
    public const string LF8 = "L-F8";
    public const string LP1 = "L-P1";
    public const string LP2 = "L-P2";
    public const string LP3 = "L-P3";
    public const string LP4 = "L-P4";
    public const string LP5 = "L-P5";
    public const string N1 = "N-1";
    public const string N2 = "N-2";
    public const string N3 = "N-3";
    public const string N4 = "N-4";
    public const string P42 = "P4-2";
    public const string Parse1 = "PARSE-1";
    public const string Parse2 = "PARSE-2";
    public const string Parse3 = "PARSE-3";
    public const string Parse4 = "PARSE-4";
    public const string Parse5 = "PARSE-5";
    public const string Parse6 = "PARSE-6";
    public const string Parse7 = "PARSE-7";
    public const string Parse8 = "PARSE-8";
    public const string Parse9 = "PARSE-9";
    public const string Parse10 = "PARSE-10";
    public const string Parse11 = "PARSE-11";
    public const string Parse12 = "PARSE-12";
    public const string Parse13 = "PARSE-13";
#pragma warning restore CS1591
}
