"""The municipal quarterly report as an A4 PDF (reportlab): cover, key figures, sections, notes.

Reuses the building blocks of ``report_pdf.py`` (styles, page footer, bar chart, table); every
table it gets is already suppressed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ido_desktop.domain.report_labels import format_cell
from ido_desktop.services.quarterly_report import QuarterlyReport, Section, key_figures
from ido_desktop.services.report_pdf import (
    BLUE,
    GREY,
    LIGHT,
    MARGIN,
    _chart,
    _escape,
    _NumberedCanvas,
    _styles,
    _table,
)

ORANGE = colors.HexColor("#E07B39")
WIDTH = A4[0] - 2 * MARGIN


def write_quarterly_pdf(report: QuarterlyReport, path: Path) -> Path:
    en = report.en
    style = _styles()
    style["cover"] = ParagraphStyle(
        "cover", parent=style["title"], fontSize=20, leading=25, textColor=colors.white
    )
    style["cover_meta"] = ParagraphStyle(
        "cover_meta", parent=style["body"], textColor=colors.white, leading=14
    )
    style["change"] = ParagraphStyle(
        "change", parent=style["figure_label"], fontSize=8, leading=10, textColor=GREY
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=2.2 * cm,
        title=report.title,
        author=report.source,
        subject=report.period_text,
        creator="IDO Desktop",
    )
    story: list[Any] = [_cover(report, style), Spacer(1, 14)]
    story.append(Paragraph("Key figures" if en else "Kerncijfers", style["h2"]))
    story.append(_key_figures(report, style))
    story.append(
        Paragraph(
            _escape(
                "Compared with the previous quarter. Small counts (1 to 4) are shown as <5."
                if en
                else "Vergeleken met het vorige kwartaal. Kleine aantallen (1 tot en met 4) "
                "staan er als <5."
            ),
            style["note"],
        )
    )
    for number, section in enumerate(report.sections, start=1):
        story += _section(number, section, report, style)
    story.append(
        KeepTogether(
            [Paragraph("Notes" if en else "Toelichting", style["h2"])]
            + [Paragraph(_escape(note), style["note"]) for note in report.notes()]
        )
    )
    canvas_class = type(
        "QuarterlyCanvas",
        (_NumberedCanvas,),
        {
            "footer_left": f"{report.short_title} - {report.source}"[:100],
            "page_word": ("Page", "of") if en else ("Pagina", "van"),
        },
    )
    doc.build(story, canvasmaker=canvas_class)
    return path


def _cover(report: QuarterlyReport, style: dict[str, ParagraphStyle]) -> Table:
    en = report.en
    lines = [
        ("Period" if en else "Periode", report.period_text),
        ("Organisation" if en else "Organisatie", report.source),
        ("Date" if en else "Datum", report.made_text),
    ]
    meta = "<br/>".join(f"<b>{_escape(k)}:</b> {_escape(v)}" for k, v in lines)
    cover = Table(
        [
            [Paragraph(_escape(report.title), style["cover"])],
            [Paragraph(meta, style["cover_meta"])],
        ],
        colWidths=[WIDTH],
    )
    cover.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), BLUE),
                ("LEFTPADDING", (0, 0), (-1, -1), 14),
                ("RIGHTPADDING", (0, 0), (-1, -1), 14),
                ("TOPPADDING", (0, 0), (-1, 0), 16),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 14),
                ("LINEBELOW", (0, -1), (-1, -1), 4, ORANGE),
            ]
        )
    )
    return cover


def _key_figures(report: QuarterlyReport, style: dict[str, ParagraphStyle]) -> Table:
    en = report.en
    figures = key_figures(report)
    previous_word = "previous quarter" if en else "vorig kwartaal"
    values = [Paragraph(_escape(f.value or "-"), style["figure"]) for f in figures]
    names = [Paragraph(_escape(f.label), style["figure_label"]) for f in figures]
    changes = [
        Paragraph(
            _escape(f"{previous_word}: {f.previous}")
            + (f"<br/>{_escape(f.change)}" if f.change else ""),
            style["change"],
        )
        for f in figures
    ]
    box = Table([values, names, changes], colWidths=[WIDTH / 4] * 4)
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


def _section(
    number: int, section: Section, report: QuarterlyReport, style: dict[str, ParagraphStyle]
) -> list[Any]:
    table = section.table
    heading = Paragraph(f"{number}. {_escape(section.spec.title(report.language))}", style["h2"])
    head: list[Any] = [heading]
    intro = section.spec.intro(report.language)
    if intro:
        head.append(Paragraph(_escape(intro), style["body"]))
        head.append(Spacer(1, 4))
    chart: Any = None
    if section.spec.chart == "months":
        chart = _months_chart(section, report)
    elif section.spec.chart == "bar":
        found = _chart(table, style)
        chart = found[-1] if found else None
    if chart is not None:
        head.append(chart)
        head.append(Spacer(1, 6))
    # The heading, chart and first lines stay together; long tables flow on.
    return [CondPageBreak(6 * cm), KeepTogether(head), _table(table, style)]


def _months_chart(section: Section, report: QuarterlyReport) -> Drawing | None:
    """Vertical bars per month: consultations and questions side by side."""
    rows = [r for r in section.table.rows if r.keys[0] is not None]
    if not rows:
        return None
    en = report.en

    def value(cell: object) -> int:
        return cell if isinstance(cell, int) else 0

    drawing = Drawing(WIDTH, 170)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 45, 30, WIDTH - 200, 125
    chart.data = [
        [value(r.consultations) for r in rows],
        [value(r.questions) for r in rows],
    ]
    chart.categoryAxis.categoryNames = [r.labels[0] for r in rows]
    chart.categoryAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.strokeColor = colors.HexColor("#999999")
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(max(chart.data[1]), max(chart.data[0]), 4) * 1.15
    chart.valueAxis.labels.fontName = "Helvetica"
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fillColor = GREY
    chart.valueAxis.strokeColor = colors.HexColor("#999999")
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    chart.valueAxis.labelTextFormat = lambda v: format_cell(int(v), report.language)
    chart.bars[0].fillColor = BLUE
    chart.bars[1].fillColor = ORANGE
    for n in (0, 1):
        chart.bars[n].strokeColor = None
    chart.barSpacing = 2
    chart.groupSpacing = 18
    chart.barLabelFormat = lambda v: format_cell(int(v), report.language)
    chart.barLabels.fontName = "Helvetica"
    chart.barLabels.fontSize = 7
    chart.barLabels.fillColor = GREY
    chart.barLabels.nudge = 6
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = WIDTH - 140, 140
    legend.fontName, legend.fontSize = "Helvetica", 8
    legend.alignment = "right"
    legend.colorNamePairs = [
        (BLUE, "Consultations" if en else "Consulten"),
        (ORANGE, "Questions" if en else "Vragen"),
    ]
    drawing.add(legend)
    return drawing
