namespace ReportRules.Rules;

/// <summary>The stable rule ids: the only place they are spelled. Never renumbered or reused.</summary>
public static class RuleIds
{
    /// <summary><c>T3-F1</c>: New plus carried over equals results total plus carried forward (本年新收加上年结转等于办理结果总计加结转下年度).</summary>
    public const string T3F1 = "T3-F1";
    /// <summary><c>T3-F2</c>: Results total equals the sum of the outcomes (办理结果总计等于各项办理结果之和).</summary>
    public const string T3F2 = "T3-F2";
    /// <summary><c>T3-F3</c>: Total column equals the sum of the applicant columns (总计列等于各类申请人之和).</summary>
    public const string T3F3 = "T3-F3";
    /// <summary><c>T3-F4</c>: Table 3 cells are whole numbers ≥ 0 (表三单元格为非负整数).</summary>
    public const string T3F4 = "T3-F4";
    /// <summary><c>T3-F5</c>: Legal-person subtotal equals its five columns (法人或其他组织小计等于五类之和).</summary>
    public const string T3F5 = "T3-F5";
    /// <summary><c>T4-F1</c>: Total of administrative review equals upheld + corrected + other + pending (行政复议总计等于维持、纠正、其他、尚未审结之和).</summary>
    public const string T4F1 = "T4-F1";
    /// <summary><c>T4-F2</c>: Total of litigation without review equals upheld + corrected + other + pending (未经复议直接起诉总计等于维持、纠正、其他、尚未审结之和).</summary>
    public const string T4F2 = "T4-F2";
    /// <summary><c>T4-F3</c>: Total of litigation after review equals upheld + corrected + other + pending (复议后起诉总计等于维持、纠正、其他、尚未审结之和).</summary>
    public const string T4F3 = "T4-F3";
    /// <summary><c>T4-F4</c>: Table 4 cells are whole numbers ≥ 0 (表四单元格为非负整数).</summary>
    public const string T4F4 = "T4-F4";
    /// <summary><c>T2-F1</c>: Table 2 (gb2021) counts are whole numbers ≥ 0; the fee amount is ≥ 0 (表二（2021版）计数为非负整数、收费金额非负).</summary>
    public const string T2F1 = "T2-F1";
    /// <summary><c>T2-F2</c>: Issued this year ≤ in force + repealed (本年制发件数不超过现行有效件数加本年废止件数).</summary>
    public const string T2F2 = "T2-F2";
    /// <summary><c>T2-F3</c>: Table 2 (gb2019) counts are whole numbers (表二（2019版）计数为整数).</summary>
    public const string T2F3 = "T2-F3";
    /// <summary><c>T2-F4</c>: Items last year plus this year's change is not negative (上一年项目数量加本年增减不为负).</summary>
    public const string T2F4 = "T2-F4";
    /// <summary><c>T2-F5</c>: Newly published ≤ total published (本年新公开数量不超过对外公开总数量).</summary>
    public const string T2F5 = "T2-F5";
    /// <summary><c>P3-1</c>: Carried forward ≤ new this year (结转下年度不超过本年新收).</summary>
    public const string P31 = "P3-1";
    /// <summary><c>P3-2</c>: Large share carried forward (结转下年度占本年新收比例过高).</summary>
    public const string P32 = "P3-2";
    /// <summary><c>P3-3</c>: Total column blank beside filled applicant columns (or the reverse) (总计列空白而申请人列有数（或相反）).</summary>
    public const string P33 = "P3-3";
    /// <summary><c>P3-5</c>: Possible column shift: research / NGO columns unusually large (疑似列错位：科研机构、社会公益组织数异常偏大).</summary>
    public const string P35 = "P3-5";
    /// <summary><c>P2-2</c>: Normative documents published fewer than made (规范性文件本年新公开数量少于新制作数量).</summary>
    public const string P22 = "P2-2";
    /// <summary><c>P2-3</c>: Suspicious amount unit (金额单位可疑).</summary>
    public const string P23 = "P2-3";
    /// <summary><c>P2-4</c>: Change written as text (本年增/减以文字填写).</summary>
    public const string P24 = "P2-4";
    /// <summary><c>P-ED-1</c>: Edition does not match the report year (表格版本与报告年度不符).</summary>
    public const string PEd1 = "P-ED-1";
    /// <summary><c>X-1</c>: Carried over equals the previous year's carried forward (本年上年结转等于上一年度结转下年度).</summary>
    public const string X1 = "X-1";
    /// <summary><c>L-F1</c>: Applications received equal the four channels (收到申请数等于四种申请方式之和).</summary>
    public const string LF1 = "L-F1";
    /// <summary><c>L-F2</c>: Applications closed equal on time + extended (申请办结数等于按时与延期办结之和).</summary>
    public const string LF2 = "L-F2";
    /// <summary><c>L-F3</c>: Applications answered equal the eight kinds of answer (申请答复数等于八类答复之和).</summary>
    public const string LF3 = "L-F3";
    /// <summary><c>L-F4</c>: Reasons for denial do not exceed denials (不同意公开的各项理由之和不超过不同意公开答复数).</summary>
    public const string LF4 = "L-F4";
    /// <summary><c>L-F5</c>: Reviews equal upheld + corrected + other (行政复议数量等于三种结果之和).</summary>
    public const string LF5 = "L-F5";
    /// <summary><c>L-F6</c>: Lawsuits equal upheld + corrected + other (行政诉讼数量等于三种结果之和).</summary>
    public const string LF6 = "L-F6";
    /// <summary><c>L-F7</c>: Staff equal full-time + part-time (工作人员数等于专职与兼职之和).</summary>
    public const string LF7 = "L-F7";
    /// <summary><c>L-F8</c>: An 其中 item does not exceed its total (“其中”项不超过其总数).</summary>
    public const string LF8 = "L-F8";
    /// <summary><c>L-P1</c>: Information published lies between the largest channel and the channel sum (主动公开信息数介于最大渠道数与各渠道之和之间).</summary>
    public const string LP1 = "L-P1";
    /// <summary><c>L-P2</c>: Normative documents published ≤ issued (主动公开规范性文件数不超过制发规范性文件总数).</summary>
    public const string LP2 = "L-P2";
    /// <summary><c>L-P3</c>: Answered ≈ closed, closed ≤ received (答复数与办结数一致，办结数不超过收到数).</summary>
    public const string LP3 = "L-P3";
    /// <summary><c>L-P4</c>: Hotspots responded to ≤ the responses by all means (回应热点数不超过各回应方式之和).</summary>
    public const string LP4 = "L-P4";
    /// <summary><c>L-P5</c>: A 万元 cell probably entered in yuan (万元单元格疑为以元填报).</summary>
    public const string LP5 = "L-P5";
    /// <summary><c>N-1</c>: Numbers in the prose agree with the tables (叙述中的数字与表格一致).</summary>
    public const string N1 = "N-1";
    /// <summary><c>N-2</c>: Parts add up to their total; percentages match (叙述中的分项与总数、百分比一致).</summary>
    public const string N2 = "N-2";
    /// <summary><c>N-3</c>: The same quantity stated twice with different values (同一数量在叙述中前后不一).</summary>
    public const string N3 = "N-3";
    /// <summary><c>N-4</c>: Unfilled number placeholder in the prose (叙述中有未填写的数字占位符).</summary>
    public const string N4 = "N-4";
    /// <summary><c>P4-2</c>: Prose claims every case upheld while the table shows corrected or pending cases (叙述称全部维持而表中有纠正或未审结案件).</summary>
    public const string P42 = "P4-2";
    /// <summary><c>PARSE-1</c>: Input cannot be read (无法读取输入).</summary>
    public const string Parse1 = "PARSE-1";
    /// <summary><c>PARSE-2</c>: Edition not recognised (无法识别报告版本).</summary>
    public const string Parse2 = "PARSE-2";
    /// <summary><c>PARSE-3</c>: Columns inferred (列位置为推断).</summary>
    public const string Parse3 = "PARSE-3";
    /// <summary><c>PARSE-4</c>: Column placement ambiguous (列位置无法确定).</summary>
    public const string Parse4 = "PARSE-4";
    /// <summary><c>PARSE-5</c>: Cell is not a number (单元格不是数字).</summary>
    public const string Parse5 = "PARSE-5";
    /// <summary><c>PARSE-6</c>: Digits split by spaces joined (被空格分开的数字已合并).</summary>
    public const string Parse6 = "PARSE-6";
    /// <summary><c>PARSE-7</c>: Table not found (未找到表格).</summary>
    public const string Parse7 = "PARSE-7";
    /// <summary><c>PARSE-8</c>: Safety limit reached (超出安全限制).</summary>
    public const string Parse8 = "PARSE-8";
    /// <summary><c>PARSE-9</c>: Editions mixed (版本混用).</summary>
    public const string Parse9 = "PARSE-9";
    /// <summary><c>PARSE-10</c>: Blank cells treated as 0 (空白单元格按 0 计算).</summary>
    public const string Parse10 = "PARSE-10";
    /// <summary><c>PARSE-11</c>: Local extra rows (地方增列的行).</summary>
    public const string Parse11 = "PARSE-11";
    /// <summary><c>PARSE-12</c>: PDF has no text layer (PDF 无文字层).</summary>
    public const string Parse12 = "PARSE-12";
    /// <summary><c>PARSE-13</c>: Duplicate cell (单元格重复).</summary>
    public const string Parse13 = "PARSE-13";
    /// <summary><c>X-2</c>: In force this year equals in force last year plus issued minus repealed (现行有效件数等于上年现行有效件数加本年制发减本年废止).</summary>
    public const string X2 = "X-2";
    /// <summary><c>X-3</c>: Items last year equal the previous report's items plus its change (上一年项目数量等于上年报告的上一年项目数量加本年增减).</summary>
    public const string X3 = "X-3";
    /// <summary><c>X-4</c>: Copied forward from the previous year's report (与上年报告雷同).</summary>
    public const string X4 = "X-4";
    /// <summary><c>X-5</c>: Cases pending at the end of last year (上年尚未审结的复议诉讼案件).</summary>
    public const string X5 = "X-5";
    /// <summary><c>X-6</c>: A year missing in an agency's series (同一机关的年度报告缺少某一年).</summary>
    public const string X6 = "X-6";
    /// <summary><c>P-AGG-1</c>: A region's report differs from the sum of the reports that make it up (汇总报告与其组成报告之和不符).</summary>
    public const string PAgg1 = "P-AGG-1";
    /// <summary><c>PARSE-14</c>: Invalid UTF-8 bytes replaced (无效 UTF-8 字节已替换).</summary>
    public const string Parse14 = "PARSE-14";
}
