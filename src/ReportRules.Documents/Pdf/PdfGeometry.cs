namespace ReportRules.Documents.Pdf;

/// <summary>A word of a PDF text layer with its box in page coordinates (y grows upwards, as in PDF).</summary>
internal sealed record PdfWord(string Text, double Left, double Right, double Bottom, double Top)
{
    public double Height => Top - Bottom;

    public double CenterX => (Left + Right) / 2;

    public double CenterY => (Bottom + Top) / 2;
}

/// <summary>A rectangle in page coordinates (a ruling line is a rectangle of zero width or height).</summary>
internal readonly record struct PdfBox(double Left, double Bottom, double Right, double Top)
{
    public bool Touches(PdfBox other, double tolerance) =>
        Left <= other.Right + tolerance && other.Left <= Right + tolerance && Bottom <= other.Top + tolerance && other.Bottom <= Top + tolerance;

    public PdfBox Union(PdfBox other) =>
        new(Math.Min(Left, other.Left), Math.Min(Bottom, other.Bottom), Math.Max(Right, other.Right), Math.Max(Top, other.Top));
}

/// <summary>One page of a text-layer PDF: its words and its ruling lines (table borders).</summary>
internal sealed record PdfPageContent(int Number, double Width, double Height, IReadOnlyList<PdfWord> Words, IReadOnlyList<PdfBox> Rulings);

/// <summary>Words that share a baseline band, left to right.</summary>
internal sealed class PdfTextLine
{
    public PdfTextLine(int page, IReadOnlyList<PdfWord> words)
    {
        Page = page;
        Words = words;
        Top = words.Max(w => w.Top);
        Bottom = words.Min(w => w.Bottom);
        Left = words.Min(w => w.Left);
        Right = words.Max(w => w.Right);
        Height = words.Select(w => w.Height).OrderBy(h => h).ElementAt(words.Count / 2);
    }

    public int Page { get; }

    public IReadOnlyList<PdfWord> Words { get; }

    public double Top { get; }

    public double Bottom { get; }

    public double Left { get; }

    public double Right { get; }

    /// <summary>Gets the median word height (the font size, roughly).</summary>
    public double Height { get; }

    public double CenterY => (Top + Bottom) / 2;

    public PdfBox Box => new(Left, Bottom, Right, Top);

    public string Text => PdfText.Join(Words);
}
