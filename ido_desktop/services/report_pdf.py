"""A municipal report as PDF (reportlab): key figures, a bar chart, the table and the notes.

The caller passes a suppressed table; the chart leaves out groups below the threshold.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ido_desktop.domain.report import (
    SHARE_COLUMNS,
    SUPPRESSION_THRESHOLD,
    ReportRow,
    ReportTable,
)
from ido_desktop.domain.report_labels import (
    format_cell,
    format_day,
    format_period,
)

BLUE = colors.HexColor("#1F4E79")
LIGHT = colors.HexColor("#EEF3F8")
GREY = colors.HexColor("#555555")
CHART_GROUPS = 10
MARGIN = 2 * cm


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=base["BodyText"], fontName="Helvetica", fontSize=9.5)
    return {
        "title": ParagraphStyle(
            "title",
            parent=base["Title"],
            fontName="Helvetica-Bold",
            fontSize=18,
            leading=22,
            textColor=BLUE,
            alignment=0,
            spaceAfter=4,
        ),
        "meta": ParagraphStyle("meta", parent=body, textColor=GREY, leading=13),
        "h2": ParagraphStyle(
            "h2",
            parent=base["Heading2"],
            fontName="Helvetica-Bold",
            fontSize=12,
            textColor=BLUE,
            spaceBefore=12,
            spaceAfter=6,
        ),
        "body": body,
        "cell": ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5),
        "cell_bold": ParagraphStyle(
            "cell_bold", parent=body, fontName="Helvetica-Bold", fontSize=8.5, leading=10.5
        ),
        "head": ParagraphStyle(
            "head",
            parent=body,
            fontName="Helvetica-Bold",
            fontSize=8.5,
            leading=10.5,
            textColor=colors.white,
        ),
        "head_right": ParagraphStyle(
            "head_right",
            parent=body,
            fontName="Helvetica-Bold",
            fontSize=8.5,
            leading=10.5,
            textColor=colors.white,
            alignment=TA_RIGHT,
        ),
        "figure": ParagraphStyle(
            "figure",
            parent=body,
            fontName="Helvetica-Bold",
            fontSize=17,
            leading=21,
            textColor=BLUE,
        ),
        "figure_label": ParagraphStyle("figure_label", parent=body, fontSize=8.5, textColor=GREY),
        "note": ParagraphStyle("note", parent=body, fontSize=8.5, leading=11, textColor=GREY),
    }


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class _NumberedCanvas(Canvas):
    """Draws the footer with "page n of m" once the page count is known."""

    footer_left = ""
    page_word = ("Pagina", "van")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._footer(total)
            super().showPage()
        super().save()

    def _footer(self, total: int) -> None:
        width, _height = A4
        self.saveState()
        self.setStrokeColor(colors.HexColor("#BBBBBB"))
        self.setLineWidth(0.5)
        self.line(MARGIN, 1.5 * cm, width - MARGIN, 1.5 * cm)
        self.setFont("Helvetica", 8)
        self.setFillColor(GREY)
        self.drawString(MARGIN, 1.0 * cm, self.footer_left)
        word, of = self.page_word
        self.drawRightString(width - MARGIN, 1.0 * cm, f"{word} {self._pageNumber} {of} {total}")
        self.restoreState()


def write_pdf(table: ReportTable, path: Path, title: str, source: str = "") -> Path:
    """Write the A4 report; ``source`` names who made it (for example the back office)."""
    en = table.language == "en"
    style = _styles()
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=2.2 * cm,
        title=title,
        author=source or "IDO Desktop",
        subject=format_period(table.spec.date_from, table.spec.date_to, table.language),
        creator="IDO Desktop",
    )
    story: list[Any] = [Paragraph(_escape(title), style["title"])]
    period = format_period(table.spec.date_from, table.spec.date_to, table.language)
    made = format_day(table.generated_at.date(), table.language)
    meta = [
        ("<b>Period:</b> " if en else "<b>Periode:</b> ") + period,
        ("<b>Grouped by:</b> " if en else "<b>Ingedeeld naar:</b> ")
        + _escape(", ".join(table.columns[: table.dimension_count]) or "-"),
        ("Generated on " if en else "Gemaakt op ")
        + made
        + (" by " if en else " door ")
        + _escape(source or "IDO Desktop"),
    ]
    story += [Paragraph(line, style["meta"]) for line in meta]
    story.append(Spacer(1, 10))
    story.append(_key_figures(table, style))
    if table.dimension_count:
        chart = _chart(table, style)
        if chart is not None:
            story += chart
        story.append(Paragraph("Table" if en else "Tabel", style["h2"]))
        story.append(_table(table, style))
    story.append(
        KeepTogether(
            [Paragraph("Notes" if en else "Toelichting", style["h2"])]
            + [Paragraph(_escape(note), style["note"]) for note in table.notes()]
        )
    )

    footer = f"IDO Desktop - {title}"
    canvas_class = type(
        "ReportCanvas",
        (_NumberedCanvas,),
        {"footer_left": footer[:90], "page_word": ("Page", "of") if en else ("Pagina", "van")},
    )
    doc.build(story, canvasmaker=canvas_class)
    return path


def _key_figures(table: ReportTable, style: dict[str, ParagraphStyle]) -> Table:
    en, lang, totals = table.language == "en", table.language, table.totals
    figures = [
        (format_cell(totals.consultations, lang), "Consultations" if en else "Consulten"),
        (format_cell(totals.questions, lang), "Questions" if en else "Vragen"),
        (
            format_cell(totals.referred_share, lang, share_cell=True),
            "of questions referred" if en else "van de vragen doorverwezen",
        ),
        (
            format_cell(totals.warm_share, lang, share_cell=True),
            "referred warmly" if en else "warm doorverwezen",
        ),
    ]
    cells = [
        [Paragraph(_escape(value or "-"), style["figure"]) for value, _ in figures],
        [Paragraph(_escape(text), style["figure_label"]) for _, text in figures],
    ]
    width = (A4[0] - 2 * MARGIN) / 4
    box = Table(cells, colWidths=[width] * 4)
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                ("LINEABOVE", (0, 0), (-1, 0), 2, BLUE),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return box


def _chart(table: ReportTable, style: dict[str, ParagraphStyle]) -> list[Any] | None:
    """Horizontal bars of the first dimension's largest groups (groups below 5 left out)."""
    en, measure = table.language == "en", table.spec.measure
    rows: list[ReportRow] = [
        r
        for r in table.marginals
        if isinstance(r.measure(measure), int)
        and int(r.measure(measure)) >= SUPPRESSION_THRESHOLD
        and r.keys[0] is not None
    ]
    if not table.spec.dimensions[0].ordinal:
        rows.sort(key=lambda r: -int(r.measure(measure)))
    rows = rows[:CHART_GROUPS] if not table.spec.dimensions[0].ordinal else rows[-24:]
    if not rows:
        return None
    what = (
        ("Questions" if measure == "questions" else "Consultations")
        if en
        else ("Vragen" if measure == "questions" else "Consulten")
    )
    dim_label = table.columns[0].lower()
    heading = f"{what} {'by' if en else 'per'} {dim_label}"
    hidden = len([r for r in table.marginals if r.keys[0] is not None]) > len(rows)
    if hidden and not table.spec.dimensions[0].ordinal:
        heading += f" (top {len(rows)})" if en else f" (grootste {len(rows)})"

    width = A4[0] - 2 * MARGIN
    bar_height = 15
    left_out = any(not isinstance(r.measure(measure), int) for r in table.marginals)
    note_room = 14 if left_out and len(rows) < CHART_GROUPS else 0
    height = bar_height * len(rows) + 30 + note_room
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 20 + note_room
    chart.width, chart.height = width - 150 - 40, bar_height * len(rows)
    values = [int(r.measure(measure)) for r in reversed(rows)]
    chart.data = [values]
    chart.categoryAxis.categoryNames = [_short(r.labels[0]) for r in reversed(rows)]
    chart.categoryAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.visibleTicks = False
    chart.categoryAxis.strokeColor = colors.HexColor("#999999")
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = "Helvetica"
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fillColor = GREY
    chart.valueAxis.strokeColor = colors.HexColor("#999999")
    chart.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.labelTextFormat = lambda v: format_cell(int(v), table.language)
    chart.bars[0].fillColor = BLUE
    chart.bars[0].strokeColor = None
    chart.barSpacing = 0
    chart.groupSpacing = 4
    chart.barLabelFormat = lambda v: format_cell(int(v), table.language)
    chart.barLabels.fontName = "Helvetica"
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabels.fillColor = GREY
    drawing.add(chart)
    if note_room:
        note = "Groups below 5 are not shown." if en else "Groepen onder 5 zijn weggelaten."
        drawing.add(String(150, 2, note, fontName="Helvetica-Oblique", fontSize=7, fillColor=GREY))
    return [Paragraph(_escape(heading), style["h2"]), drawing]


def _short(text: str, limit: int = 34) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "..."


def _word_width(word: str) -> float:
    return float(stringWidth(word, "Helvetica-Bold", 8.5))


def _table(table: ReportTable, style: dict[str, ParagraphStyle]) -> Table:
    """Two header rows ("Doorverwezen: vragen | %"), repeated on every page; totals in bold.

    A label that repeats the line above (the first dimension of a 2-D table) is left blank.
    """
    en, labels = table.language == "en", table.dimension_count
    shares = {labels + i for i in SHARE_COLUMNS}
    measures = table.columns[labels:]

    def head(text: str, right: bool = True) -> Paragraph:
        return Paragraph(_escape(text), style["head_right" if right else "head"])

    count_word = "questions" if en else "vragen"
    top = [head(name, right=False) for name in table.columns[:labels]]
    top += [head(measures[0]), head(measures[1])]
    top += [head("Referred" if en else "Doorverwezen"), ""]
    top += [head("Referred warmly" if en else "Warm doorverwezen"), ""]
    second = [""] * (labels + 2) + [head(count_word), head("%"), head(count_word), head("%")]
    body: list[list[Any]] = [top, second]
    lines = table.cell_rows()
    previous: tuple[Any, ...] = ()
    for n, cells in enumerate(lines):
        total = n == len(lines) - 1
        row: list[Any] = []
        for i, value in enumerate(cells):
            if i < labels:
                same = not total and i < labels - 1 and previous[: i + 1] == cells[: i + 1]
                text = "" if same else _escape(str(value))
                row.append(Paragraph(text, style["cell_bold" if total else "cell"]))
            else:
                row.append(format_cell(value, table.language, share_cell=i in shares))  # type: ignore[arg-type]
        previous = cells
        body.append(row)
    # Wide enough for the longest word of each header (headers wrap between words only).
    headers = [measures[0], measures[1], count_word, "%", count_word, "%"]
    number_widths = [
        max(minimum * cm, max(_word_width(w) for w in text.split()) + 14)
        for minimum, text in zip((1.9, 1.6, 1.6, 1.4, 1.6, 1.4), headers, strict=True)
    ]
    label_width = (A4[0] - 2 * MARGIN - sum(number_widths)) / max(labels, 1)
    result = Table(body, colWidths=[label_width] * labels + number_widths, repeatRows=2)
    first = labels  # first measure column
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 1), BLUE),
        ("VALIGN", (0, 0), (-1, 1), "BOTTOM"),
        ("VALIGN", (0, 2), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 2), (-1, -1), "Helvetica"),
        ("FONTSIZE", (0, 2), (-1, -1), 8.5),
        ("ALIGN", (labels, 2), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (first + 2, 0), (first + 3, 0), 0.5, colors.white),
        ("LINEBELOW", (first + 4, 0), (first + 5, 0), 0.5, colors.white),
        ("SPAN", (first + 2, 0), (first + 3, 0)),
        ("SPAN", (first + 4, 0), (first + 5, 0)),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("FONTNAME", (labels, -1), (-1, -1), "Helvetica-Bold"),
    ]
    for col in range(labels + 2):
        commands.append(("SPAN", (col, 0), (col, 1)))
    for n in range(2, len(body) - 1):
        if n % 2 == 1:
            commands.append(("BACKGROUND", (0, n), (-1, n), LIGHT))
    result.setStyle(TableStyle(commands))
    return result
