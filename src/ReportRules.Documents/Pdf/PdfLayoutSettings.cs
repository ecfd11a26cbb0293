namespace ReportRules.Documents.Pdf;

/// <summary>
/// The thresholds of the PDF layout, named in one place. Distances are in PDF points (1/72 inch) unless the name
/// says <c>Heights</c> (a multiple of the font height of the words or line at hand, so the rule scales with the type)
/// or <c>Fraction</c> (a share of a page or table dimension). <see cref="Default"/> is what the reader uses; the
/// values were set on the real reports of the corpus and their goldens, so changing one changes what is read.
/// </summary>
internal sealed record PdfLayoutSettings
{
    /// <summary>Gets the settings the reader uses.</summary>
    public static PdfLayoutSettings Default { get; } = new();

    // ---- Glyphs → lines (PdfLines) ----

    /// <summary>
    /// Gets the vertical overlap, as a share of the smaller word height, that puts a word on a line (0.5). Separates
    /// words on one baseline band from the line above or below; CJK punctuation boxes are small and low, so box
    /// overlap is used rather than centres, and half the smaller box still tells adjacent lines apart.
    /// </summary>
    public double LineOverlapFraction { get; init; } = 0.5;

    /// <summary>
    /// Gets how many of the most recent lines a word may join (4). Words are read top to bottom; a word belongs to one
    /// of the last few lines (a label and its values can start a little apart), never to a line far above.
    /// </summary>
    public int LineLookback { get; init; } = 4;

    /// <summary>
    /// Gets the top and bottom page margins, as a fraction of the page height (0.08), in which a page number is dropped
    /// as page furniture. Separates printed page numbers from numbers in the body; 8 % is about the margin of an A4 page.
    /// </summary>
    public double PageMarginFraction { get; init; } = 0.08;

    // ---- Lines → paragraphs (PdfLines.StartsParagraph) ----

    /// <summary>
    /// Gets the first-line indent, in line heights (0.8), that starts a new paragraph. Separates an indented first line
    /// (Chinese reports indent two characters) from the wrapped continuation of the previous line.
    /// </summary>
    public double ParagraphIndentHeights { get; init; } = 0.8;

    /// <summary>
    /// Gets the indent, in line heights (1.0), that starts a new paragraph at the top of a new page. Stricter than
    /// <see cref="ParagraphIndentHeights"/>: across a page break the left margins of the two pages may differ slightly.
    /// </summary>
    public double PageBreakIndentHeights { get; init; } = 1.0;

    /// <summary>
    /// Gets how much shorter than the next line, in line heights (2.0), a line must end to close its paragraph. Separates
    /// the last line of a paragraph or a heading from a full line that wraps.
    /// </summary>
    public double ShortLineHeights { get; init; } = 2.0;

    /// <summary>
    /// Gets the change of font height, as a fraction of the line height (0.25), that starts a new paragraph. Separates a
    /// heading from body text; smaller differences are rounding of glyph boxes.
    /// </summary>
    public double FontChangeFraction { get; init; } = 0.25;

    /// <summary>
    /// Gets the vertical gap, in line heights (1.5), that starts a new paragraph. Separates paragraph spacing from line
    /// spacing (reports print about 1.2–1.4 line heights from baseline to baseline).
    /// </summary>
    public double ParagraphGapHeights { get; init; } = 1.5;

    /// <summary>
    /// Gets how far apart, in line heights (1.0), the centres of two lines may be and still count as one centred block
    /// (a title over two lines: agency, then year and report name).
    /// </summary>
    public double CentredToleranceHeights { get; init; } = 1.0;

    /// <summary>Gets the font-height difference, as a fraction of the line height (0.1), below which two centred lines are the same size.</summary>
    public double CentredSameSizeFraction { get; init; } = 0.1;

    /// <summary>Gets the largest gap, in line heights (2.0), between two lines of one centred title block.</summary>
    public double CentredGapHeights { get; init; } = 2.0;

    /// <summary>
    /// Gets how far apart, in line heights (1.0), the left edges of two centred lines must be (1.0). Separates a centred
    /// title (lines of different length, so different left edges) from left-aligned body text, which also has common centres.
    /// </summary>
    public double CentredMinLeftShiftHeights { get; init; } = 1.0;

    // ---- Rulings → table regions (PdfRegions) ----

    /// <summary>
    /// Gets the distance, in points (3), within which two ruling lines belong to one table region. Separates the borders
    /// of one table (whose strokes meet, give or take the line width and rounding) from a neighbouring table or underline.
    /// </summary>
    public double RulingTouchTolerance { get; init; } = 3;

    /// <summary>Gets the smallest width, in points (20), of a table region: a lone short stroke is not a table.</summary>
    public double MinRegionWidth { get; init; } = 20;

    /// <summary>Gets the smallest height, in points (10), of a table region: a lone underline is not a table (a table row is taller).</summary>
    public double MinRegionHeight { get; init; } = 10;

    /// <summary>
    /// Gets the tolerance, in points (2), when a line, word or cell edge is compared with a region, column or value-area
    /// edge. Separates text on the border (glyph boxes overhang by a fraction of a point, strokes have width) from text
    /// beyond it. The same 2-point slack is used wherever an edge is compared with an edge.
    /// </summary>
    public double EdgeSlack { get; init; } = 2;

    /// <summary>
    /// Gets the thickest filled rectangle, in points (2.5), that is read as a drawn line; thicker filled shapes are
    /// panels (WPS paints white boxes behind paragraphs), not borders.
    /// </summary>
    public double MaxRulingThickness { get; init; } = 2.5;

    /// <summary>
    /// Gets the share of the page width (0.95) at and beyond which a thick stroked rectangle is a page frame rather than a table border.
    /// </summary>
    public double PageFrameWidthFraction { get; init; } = 0.95;

    // ---- Value lines and columns (PdfLines.IsValueLine, PdfColumns) ----

    /// <summary>
    /// Gets the gap, in line heights (0.6), between two words that marks a cell boundary. Separates a label that ends in a
    /// digit of its own ("2." or "第（六）项", printed against the label) from the first value after the cell gap.
    /// </summary>
    public double CellGapHeights { get; init; } = 0.6;

    /// <summary>
    /// Gets where the value area starts, as a fraction of the table width from its left (1/3), in a table with no value
    /// rows at all (a table of blanks): the label column of the template tables is about a third of the width.
    /// </summary>
    public double DefaultLabelWidthFraction { get; init; } = 1.0 / 3;

    /// <summary>
    /// Gets the smallest distance, in points (4), between the centres of two numbers that still share a column
    /// (see <see cref="ColumnCentreHeights"/>; the larger applies). Keeps narrow type from splitting one column.
    /// </summary>
    public double MinColumnCentreDistance { get; init; } = 4;

    /// <summary>
    /// Gets the distance between number centres, in word heights (0.6), within which numbers share a column. Separates
    /// right- or centre-aligned numbers of different widths in one column from the next column (a cell is several heights wide).
    /// </summary>
    public double ColumnCentreHeights { get; init; } = 0.6;

    /// <summary>
    /// Gets how far right of a column's right edge, in word heights (1.0), a number may start and still join that column.
    /// Separates one column from the next when numbers are short and columns close.
    /// </summary>
    public double ColumnReachHeights { get; init; } = 1.0;

    /// <summary>
    /// Gets the gap, in word heights of the smallest number (0.6), below which two number clusters are one column: digit
    /// pieces of one number ("202 3") form two nearby clusters in one cell.
    /// </summary>
    public double ColumnMergeGapHeights { get; init; } = 0.6;

    /// <summary>Gets the word height, in points (8), assumed by <see cref="ColumnMergeGapHeights"/> when a section has no numbers.</summary>
    public double DefaultWordHeight { get; init; } = 8;

    /// <summary>
    /// Gets the tolerance, in points (3), when a header cell is compared with the number columns: a header cell within it
    /// of a column belongs to that column and does not make a column of its own.
    /// </summary>
    public double HeaderColumnSlack { get; init; } = 3;

    /// <summary>
    /// Gets the widest header cell, in column spacings (2.5), that makes a column of its own over a blank column. Separates
    /// the header of a column left blank in every row from a header spanning several columns (办理结果 over its sub-columns).
    /// </summary>
    public double MaxHeaderColumnSpacings { get; init; } = 2.5;

    /// <summary>
    /// Gets how far from the table's centre, as a fraction of its width (0.1), a one-word header line may sit and be a
    /// sub-table title (第二十条第（五）项) spanning every column.
    /// </summary>
    public double TitleCentreFraction { get; init; } = 0.1;

    // ---- Label groups (PdfLabelGroups) ----

    /// <summary>
    /// Gets the horizontal gap, in word heights (0.8), below which two label words share a cell. Separates the characters
    /// of one wrapped or stacked label (社/会/公/益) from the next label cell to the right.
    /// </summary>
    public double LabelJoinHeights { get; init; } = 0.8;

    /// <summary>
    /// Gets how many value rows back (2) a group-label part may continue a group. A group label printed one character per
    /// line (三、本年度办理结果) has parts in rows a little apart; a group further up is another group.
    /// </summary>
    public int GroupRowLookback { get; init; } = 2;

    /// <summary>
    /// Gets the vertical gap, in word heights (2.5), between a group's lowest word and a part below it that continues the
    /// group. Separates the next character of a vertical label (line spacing) from a new group below.
    /// </summary>
    public double GroupGapHeights { get; init; } = 2.5;

    /// <summary>
    /// Gets the distance, in points (8), within which the left edges of group labels count as one label column (slot).
    /// Separates nesting levels of group labels (三、 then （三）), which are a cell apart, from centring differences.
    /// </summary>
    public double SlotTolerance { get; init; } = 8;
}
