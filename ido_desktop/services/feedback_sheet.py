"""The partner feedback sheet (PRODUCT.md 1, 6): signals about one organisation, as PDF or XLSX.

:func:`build_sheet` turns exact counts and the chosen notes into what may leave the back office:
counts 1 to 4 become ``<5``, notes carry only their month and kind. The writers lay that out;
they never see an exact small count, a day or anything else about a visitor.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ido_desktop.domain.reference import ReferenceCatalog
from ido_desktop.domain.report import SUPPRESSED, SUPPRESSION_THRESHOLD, suppress
from ido_desktop.domain.report_labels import Cell, format_cell, format_day, format_period
from ido_desktop.domain.signals import ExampleNote, month_key

_MONTHS = {
    "nl": "januari februari maart april mei juni juli augustus september oktober november "
    "december".split(),
    "en": "January February March April May June July August September October November "
    "December".split(),
}
_SHORT = {
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
}


def month_label(key: str, language: str = "nl", short: bool = False) -> str:
    """``2026-03`` -> "maart 2026" (or "mrt 2026" when ``short``)."""
    names = (_SHORT if short else _MONTHS)["en" if language == "en" else "nl"]
    return f"{names[int(key[5:7]) - 1]} {key[:4]}"


@dataclass(frozen=True)
class KindLine:
    label: str
    count: Cell  # suppressed
    rising: bool


@dataclass(frozen=True)
class QuotedNote:
    month: str  # "maart 2026"
    kind: str  # label
    text: str


@dataclass(frozen=True)
class FeedbackSheet:
    """Everything a feedback sheet shows, already suppressed and in ``language``."""

    language: str
    organisation: str  # label
    date_from: date
    date_to: date
    reference_month: str  # "maart 2026": the month the trend column is about
    total: Cell
    kinds: tuple[KindLine, ...]
    months: tuple[str, ...]  # short labels, oldest first
    month_values: tuple[Cell, ...]
    months_before: int  # leading chart months that lie before the period (for the trend)
    notes: tuple[QuotedNote, ...]
    contact: str
    made_on: date = field(default_factory=date.today)

    @property
    def en(self) -> bool:
        return self.language == "en"

    @property
    def title(self) -> str:
        if self.en:
            return (
                f"Signals from the Digital Government Information Point about {self.organisation}"
            )
        return f"Signalen uit het Informatiepunt Digitale Overheid over {self.organisation}"

    @property
    def period(self) -> str:
        return format_period(self.date_from, self.date_to, self.language)

    def text(self, key: str) -> str:
        nl, en = _TEXTS[key]
        return (en if self.en else nl).format(
            organisation=self.organisation,
            contact=self.contact or "IDO",
            threshold=SUPPRESSION_THRESHOLD,
            threshold_minus=SUPPRESSION_THRESHOLD - 1,
            suppressed=SUPPRESSED,
            month=self.reference_month,
            before=", ".join(self.months[: self.months_before]),
        )

    def explanation(self) -> list[str]:
        return [self.text(k) for k in ("counted", "period", "suppressed", "trend", "notes")]


_TEXTS: dict[str, tuple[str, str]] = {
    "why": (
        "Een Informatiepunt Digitale Overheid (IDO) is een gratis inlooppunt, meestal in de "
        "bibliotheek, waar mensen hulp krijgen bij digitale zaken met de overheid en andere "
        "organisaties. Als meerdere bezoekers op hetzelfde punt vastlopen, leggen onze "
        "medewerkers dat vast als signaal. Met dit blad delen we de signalen over "
        "{organisation}, zodat u kunt zien waar mensen vastlopen en wat er beter kan.",
        "A Digital Government Information Point (IDO) is a free walk-in help point, usually in "
        "the public library, where people get help with digital services of the government and "
        "other organisations. When visitors get stuck on the same thing, our staff record it as "
        "a signal. With this sheet we share the signals about {organisation}, so that you can "
        "see where people get stuck and what could be improved.",
    ),
    "counted": (
        "Een signaal is één vraag van een bezoeker waarbij de medewerker heeft vastgelegd dat "
        "de bezoeker vastliep bij {organisation}, met de soort knelpunt. Elke vraag telt één "
        "keer.",
        "A signal is one question of a visitor for which staff recorded that the visitor got "
        "stuck with {organisation}, with the kind of bottleneck. Every question counts once.",
    ),
    "period": (
        "Er is geteld op de datum van het consult; de eerste en de laatste dag van de periode "
        "tellen mee.",
        "Counted by the date of the consultation; the first and the last day of the period are "
        "included.",
    ),
    "suppressed": (
        "Aantallen van 1 tot en met {threshold_minus} zijn vervangen door '{suppressed}', zodat "
        "geen bezoeker herkenbaar is. In de grafiek staan die maanden zonder staaf.",
        "Counts of 1 to {threshold_minus} are replaced by '{suppressed}', so that no visitor can "
        "be recognised. In the chart those months have no bar.",
    ),
    "trend": (
        "Stijgend: in {month} minstens {threshold} signalen van die soort, en minstens 1,5 keer "
        "het gemiddelde van de drie maanden ervoor.",
        "Rising: in {month} at least {threshold} signals of that kind, and at least 1.5 times "
        "the average of the three months before.",
    ),
    "notes": (
        "De voorbeelden zijn korte notities van onze medewerkers, gekozen door de backoffice. "
        "Ze bevatten geen persoonsgegevens en staan alleen met maand en soort knelpunt vermeld.",
        "The examples are short notes by our staff, chosen by the back office. They hold no "
        "personal data and are given with their month and kind of bottleneck only.",
    ),
    "contact": (
        "Vragen over dit blad of over de signalen? Neem contact op met {contact}.",
        "Questions about this sheet or the signals? Please contact {contact}.",
    ),
    "chart_before": (
        "Maanden vóór de periode ({before}) staan in de grafiek om de trend te laten zien.",
        "Months before the period ({before}) are in the chart to show the trend.",
    ),
    "no_notes": (
        "Voor dit blad zijn geen voorbeelden gekozen.",
        "No examples were chosen for this sheet.",
    ),
}
_WORDS: dict[str, tuple[str, str]] = {
    "period": ("Periode", "Period"),
    "from": ("Van", "From"),
    "made": ("Gemaakt op", "Made on"),
    "why_title": ("Waarom u dit blad krijgt", "Why you receive this sheet"),
    "total": ("signalen in de periode", "signals in the period"),
    "top": ("meest gemeld", "reported most"),
    "rising_in": ("stijgend in {month}", "rising in {month}"),
    "none": ("geen", "none"),
    "by_kind": ("Signalen per soort knelpunt", "Signals by kind of bottleneck"),
    "kind": ("Soort knelpunt", "Kind of bottleneck"),
    "count": ("Signalen", "Signals"),
    "trend": ("Trend {month}", "Trend {month}"),
    "rising": ("stijgend", "rising"),
    "total_line": ("Totaal", "Total"),
    "by_month": ("Signalen per maand", "Signals by month"),
    "month": ("Maand", "Month"),
    "examples": ("Voorbeelden uit de praktijk", "Examples from practice"),
    "how": ("Hoe er is geteld", "How we counted"),
    "page": ("Pagina", "Page"),
    "of": ("van", "of"),
    "sheet": ("Feedbackblad", "Feedback"),
    "note": ("Notitie van de medewerker", "Staff note"),
}


def word(sheet: FeedbackSheet, key: str) -> str:
    nl, en = _WORDS[key]
    return (en if sheet.en else nl).format(month=sheet.reference_month)


def build_sheet(
    *,
    catalog: ReferenceCatalog,
    organisation: str,
    date_from: date,
    date_to: date,
    per_kind: Mapping[str, int],
    rising: Iterable[str],
    reference_month: date,
    months: Sequence[str],
    month_totals: Sequence[int],
    notes: Sequence[ExampleNote],
    contact: str,
    language: str = "nl",
) -> FeedbackSheet:
    """The suppressed, labelled sheet: every kind of the catalog (also at 0), in its order."""
    rising = set(rising)
    codes = [i.code for i in catalog.items("signal_kinds")]
    codes += [k for k in per_kind if k not in codes]
    kinds = tuple(
        KindLine(
            catalog.label("signal_kinds", code, language),
            suppress(per_kind.get(code, 0)),
            code in rising,
        )
        for code in codes
    )
    return FeedbackSheet(
        language=language,
        organisation=catalog.label("organisations", organisation, language),
        date_from=date_from,
        date_to=date_to,
        reference_month=month_label(month_key(reference_month), language),
        total=suppress(sum(per_kind.values())),
        kinds=kinds,
        months=tuple(month_label(m, language, short=True) for m in months),
        months_before=sum(1 for m in months if m < month_key(date_from)),
        month_values=tuple(suppress(n) for n in month_totals),
        notes=tuple(
            QuotedNote(
                month_label(n.month, language),
                catalog.label("signal_kinds", n.kind, language),
                n.note,
            )
            for n in notes
        ),
        contact=contact,
    )


def _top_kind(sheet: FeedbackSheet) -> str:
    counted = [k for k in sheet.kinds if isinstance(k.count, int) and k.count > 0]
    if not counted:
        return "-"
    best = max(counted, key=lambda k: int(k.count))
    return best.label


# --- PDF. ---------------------------------------------------------------------------------------


def write_pdf(sheet: FeedbackSheet, path: Path) -> Path:
    """An A4 sheet: title, why, key figures, counts per kind, monthly chart, examples, notes."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

    from ido_desktop.services.report_pdf import MARGIN, _escape, _NumberedCanvas, _styles

    style = _styles()
    lang = sheet.language
    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=1.1 * MARGIN,
        title=sheet.title,
        author=sheet.contact or "IDO Desktop",
        subject=sheet.period,
        creator="IDO Desktop",
    )
    story: list[Any] = [Paragraph(_escape(sheet.title), style["title"])]
    meta = [
        f"<b>{word(sheet, 'period')}:</b> {_escape(sheet.period)}",
        f"<b>{word(sheet, 'from')}:</b> {_escape(sheet.contact or 'IDO')}"
        f" &nbsp;·&nbsp; {word(sheet, 'made')} {format_day(sheet.made_on, lang)}",
    ]
    story += [Paragraph(line, style["meta"]) for line in meta]
    story.append(Spacer(1, 8))
    story.append(Paragraph(_escape(sheet.text("why")), style["body"]))
    story.append(Spacer(1, 10))
    story.append(_key_figures(sheet, style))
    story.append(
        KeepTogether(
            [Paragraph(_escape(word(sheet, "by_kind")), style["h2"]), _kind_table(sheet, style)]
        )
    )
    chart: list[Any] = [
        Paragraph(_escape(word(sheet, "by_month")), style["h2"]),
        _month_chart(sheet),
    ]
    if sheet.months_before:
        chart.append(Paragraph(_escape(sheet.text("chart_before")), style["note"]))
    story.append(KeepTogether(chart))
    story.append(Paragraph(_escape(word(sheet, "examples")), style["h2"]))
    if sheet.notes:
        story += [_quote(note, style) for note in sheet.notes]
    else:
        story.append(Paragraph(_escape(sheet.text("no_notes")), style["body"]))
    story.append(
        KeepTogether(
            [Paragraph(_escape(word(sheet, "how")), style["h2"])]
            + [Paragraph("• " + _escape(t), style["note"]) for t in sheet.explanation()]
            + [Spacer(1, 8), Paragraph(f"<b>{_escape(sheet.text('contact'))}</b>", style["body"])]
        )
    )
    footer = f"IDO - {sheet.title}"
    canvas_class = type(
        "FeedbackCanvas",
        (_NumberedCanvas,),
        {
            "footer_left": footer if len(footer) <= 95 else footer[:94] + "…",
            "page_word": (word(sheet, "page"), word(sheet, "of")),
        },
    )
    doc.build(story, canvasmaker=canvas_class)
    return path


def _key_figures(sheet: FeedbackSheet, style: dict[str, Any]) -> Any:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, Table, TableStyle

    from ido_desktop.services.report_pdf import BLUE, LIGHT, MARGIN, _escape

    rising = [k.label for k in sheet.kinds if k.rising]
    figures = [
        (format_cell(sheet.total, sheet.language), word(sheet, "total"), "figure"),
        (_top_kind(sheet), word(sheet, "top"), "figure_text"),
        (
            ", ".join(rising) if rising else word(sheet, "none"),
            word(sheet, "rising_in"),
            "figure_text",
        ),
    ]
    text_style = style["figure"].clone("figure_text", fontSize=11.5, leading=14)
    cells = [
        [
            Paragraph(_escape(value), style["figure"] if kind == "figure" else text_style)
            for value, _, kind in figures
        ],
        [Paragraph(_escape(label), style["figure_label"]) for _, label, _ in figures],
    ]
    width = A4[0] - 2 * MARGIN
    box = Table(cells, colWidths=[width * 0.26, width * 0.37, width * 0.37])
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                ("LINEABOVE", (0, 0), (-1, 0), 2, BLUE),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("VALIGN", (0, 1), (-1, 1), "TOP"),
            ]
        )
    )
    return box


def _kind_table(sheet: FeedbackSheet, style: dict[str, Any]) -> Any:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, Table, TableStyle

    from ido_desktop.services.report_pdf import BLUE, LIGHT, MARGIN, _escape

    lang = sheet.language
    head = [
        Paragraph(_escape(word(sheet, "kind")), style["head"]),
        Paragraph(_escape(word(sheet, "count")), style["head_right"]),
        Paragraph(_escape(word(sheet, "trend")), style["head"]),
    ]
    body: list[list[Any]] = [head]
    for line in sheet.kinds:
        body.append(
            [
                Paragraph(_escape(line.label), style["cell"]),
                format_cell(line.count, lang),
                word(sheet, "rising") if line.rising else "",
            ]
        )
    body.append(
        [
            Paragraph(_escape(word(sheet, "total_line")), style["cell_bold"]),
            format_cell(sheet.total, lang),
            "",
        ]
    )
    width = A4[0] - 2 * MARGIN
    table = Table(body, colWidths=[width * 0.55, width * 0.17, width * 0.28])
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), BLUE),
        ("FONTNAME", (0, 1), (-1, -1), "Helvetica"),
        ("FONTSIZE", (0, 1), (-1, -1), 9),
        ("ALIGN", (1, 1), (1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (2, 0), (2, -1), 14),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("FONTNAME", (1, -1), (1, -1), "Helvetica-Bold"),
    ]
    for n, line in enumerate(sheet.kinds, start=1):
        if n % 2 == 0:
            commands.append(("BACKGROUND", (0, n), (-1, n), LIGHT))
        if line.rising:
            commands.append(("FONTNAME", (2, n), (2, n), "Helvetica-Bold"))
    table.setStyle(TableStyle(commands))
    return table


def _month_chart(sheet: FeedbackSheet) -> Any:
    """Vertical bars per month; a month with 1 to 4 signals shows '<5' and no bar."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4

    from ido_desktop.services.report_pdf import BLUE, GREY, MARGIN

    width = A4[0] - 2 * MARGIN
    height = 150
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 36, 28
    chart.width, chart.height = width - 50, height - 44
    values = [
        v if isinstance(v, int) and v >= SUPPRESSION_THRESHOLD else 0 for v in sheet.month_values
    ]
    chart.data = [values]
    chart.categoryAxis.categoryNames = list(sheet.months)
    chart.categoryAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = 7.5 if len(values) <= 12 else 6
    chart.categoryAxis.labels.angle = 0 if len(values) <= 12 else 45
    chart.categoryAxis.labels.boxAnchor = "n" if len(values) <= 12 else "ne"
    chart.categoryAxis.visibleTicks = False
    chart.categoryAxis.strokeColor = colors.HexColor("#999999")
    chart.valueAxis.valueMin = 0
    top = max(values + [SUPPRESSION_THRESHOLD * 2])
    chart.valueAxis.valueMax = top * 1.15
    chart.valueAxis.labels.fontName = "Helvetica"
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labels.fillColor = GREY
    chart.valueAxis.strokeColor = colors.HexColor("#999999")
    chart.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.labelTextFormat = lambda v: format_cell(int(v), sheet.language)
    chart.bars[0].fillColor = BLUE
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = lambda v: format_cell(int(v), sheet.language) if v else ""
    chart.barLabels.fontName = "Helvetica"
    chart.barLabels.fontSize = 7.5
    chart.barLabels.fillColor = GREY
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.dy = 2
    drawing.add(chart)
    step = chart.width / max(len(values), 1)
    for index, value in enumerate(sheet.month_values):
        if value == SUPPRESSED:
            drawing.add(
                String(
                    chart.x + step * (index + 0.5),
                    chart.y + 3,
                    SUPPRESSED,
                    fontName="Helvetica",
                    fontSize=7.5,
                    fillColor=GREY,
                    textAnchor="middle",
                )
            )
    return drawing


def _quote(note: QuotedNote, style: dict[str, Any]) -> Any:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, Table, TableStyle

    from ido_desktop.services.report_pdf import BLUE, MARGIN, _escape

    quote_style = style["body"].clone(
        "quote", fontName="Helvetica-Oblique", fontSize=10, leading=13
    )
    caption = style["note"].clone("caption", spaceBefore=2)
    width = A4[0] - 2 * MARGIN
    box = Table(
        [
            [Paragraph(f"“{_escape(note.text)}”", quote_style)],
            [Paragraph(f"{_escape(note.month)} · {_escape(note.kind)}", caption)],
        ],
        colWidths=[width - 6],
    )
    box.setStyle(
        TableStyle(
            [
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, BLUE),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, 0), 4),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
                ("TOPPADDING", (0, 1), (-1, 1), 0),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F7F9FC")),
            ]
        )
    )
    box.spaceAfter = 6
    return box


# --- XLSX. --------------------------------------------------------------------------------------


def write_xlsx(sheet: FeedbackSheet, path: Path) -> Path:
    """One worksheet: title, why, counts per kind, counts per month, examples, explanation."""
    from openpyxl import Workbook

    from ido_desktop.services.report_export import _styles

    style = _styles()
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = word(sheet, "sheet")
    ws.column_dimensions["A"].width = 38
    ws.column_dimensions["B"].width = 14
    ws.column_dimensions["C"].width = 70
    ws["A1"] = sheet.title
    ws["A1"].font = style["title"]
    ws["A2"] = f"{word(sheet, 'period')}: {sheet.period}"
    ws["A3"] = f"{word(sheet, 'from')}: {sheet.contact or 'IDO'}"
    ws["A4"] = f"{word(sheet, 'made')} {format_day(sheet.made_on, sheet.language)}"
    ws["A4"].font = style["muted"]
    ws["A6"] = sheet.text("why")
    ws["A6"].alignment = style["wrap"]
    ws.merge_cells("A6:C6")
    ws.row_dimensions[6].height = 75
    row = 8

    def header(*names: str, counts: bool = True) -> None:
        nonlocal row
        for col, name in enumerate(names, start=1):
            cell = ws.cell(row=row, column=col, value=name)
            cell.font, cell.fill = style["header_font"], style["header_fill"]
            if col == 2 and counts:
                cell.alignment = style["right"]
        row += 1

    def count_cell(column: int, value: Cell) -> None:
        cell = ws.cell(row=row, column=column, value=value)
        cell.alignment = style["right"]
        if isinstance(value, int):
            cell.number_format = "#,##0"

    ws.cell(row=row, column=1, value=word(sheet, "by_kind")).font = style["bold"]
    row += 1
    header(word(sheet, "kind"), word(sheet, "count"), word(sheet, "trend"))
    for line in sheet.kinds:
        ws.cell(row=row, column=1, value=line.label)
        count_cell(2, line.count)
        ws.cell(row=row, column=3, value=f"▲ {word(sheet, 'rising')}" if line.rising else "")
        row += 1
    ws.cell(row=row, column=1, value=word(sheet, "total_line")).font = style["bold"]
    count_cell(2, sheet.total)
    ws.cell(row=row, column=2).font = style["bold"]
    for col in (1, 2, 3):
        ws.cell(row=row, column=col).border = style["top_line"]
    row += 2

    ws.cell(row=row, column=1, value=word(sheet, "by_month")).font = style["bold"]
    row += 1
    header(word(sheet, "month"), word(sheet, "count"))
    for month, value in zip(sheet.months, sheet.month_values, strict=True):
        ws.cell(row=row, column=1, value=month)
        count_cell(2, value)
        row += 1
    if sheet.months_before:
        ws.cell(row=row, column=1, value=sheet.text("chart_before")).font = style["muted"]
        row += 1
    row += 1

    ws.cell(row=row, column=1, value=word(sheet, "examples")).font = style["bold"]
    row += 1
    if sheet.notes:
        header(word(sheet, "month"), word(sheet, "kind"), word(sheet, "note"), counts=False)
        for note in sheet.notes:
            ws.cell(row=row, column=1, value=note.month)
            ws.cell(row=row, column=2, value=note.kind).alignment = style["wrap"]
            ws.cell(row=row, column=3, value=f"“{note.text}”").alignment = style["wrap"]
            row += 1
    else:
        ws.cell(row=row, column=1, value=sheet.text("no_notes"))
        row += 1
    row += 1

    ws.cell(row=row, column=1, value=word(sheet, "how")).font = style["bold"]
    row += 1
    for text in sheet.explanation():
        ws.cell(row=row, column=1, value=text).alignment = style["wrap"]
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
        ws.row_dimensions[row].height = 30
        row += 1
    row += 1
    ws.cell(row=row, column=1, value=sheet.text("contact")).font = style["bold"]
    book.save(path)
    return path
