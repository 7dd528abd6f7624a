"""Charts of a report (Qt Charts): the largest groups of the first grouping, and a time line.

The bar chart shows the first grouping's ten largest groups (in the order of a time or age
grouping, its first ten); the line chart appears when the first grouping is a period. Both use
the report's exact numbers: they are on screen only.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ido_desktop.domain.report import ReportRow, ReportTable

TOP_GROUPS = 10
BLUE = QColor("#1f4e79")
ORANGE = QColor("#e07b39")
LABEL_LENGTH = 30


def _short(text: str) -> str:
    return text if len(text) <= LABEL_LENGTH else text[: LABEL_LENGTH - 1].rstrip() + "…"


def _value(row: ReportRow, measure: str) -> int:
    value = row.measure(measure)
    return value if isinstance(value, int) else 0


def _nice_max(value: int) -> int:
    """A round axis end a little above ``value``."""
    if value <= 5:
        return 5
    step = 10 ** (len(str(value)) - 1)
    for factor in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        top = int(step * factor)
        if top >= value * 1.15:
            return top
    return value


class ReportCharts(QWidget):
    """Two chart views under each other; the line chart only for a period grouping."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Grafieken"))
        self.bar_chart = self._chart()
        self.bar_view = self._view(self.bar_chart, self.tr("Staafdiagram van de grootste groepen"))
        self.line_chart = self._chart()
        self.line_view = self._view(self.line_chart, self.tr("Lijndiagram door de tijd"))
        self.line_view.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.bar_view, 3)
        layout.addWidget(self.line_view, 2)

    @staticmethod
    def _chart() -> QChart:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(6)
        chart.setMargins(QMargins(6, 6, 6, 6))
        font = QFont()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.05)
        chart.setTitleFont(font)
        chart.setTitleBrush(BLUE)
        return chart

    def _view(self, chart: QChart, name: str) -> QChartView:
        view = QChartView(chart)
        view.setAccessibleName(name)
        view.setAccessibleDescription(
            self.tr("Grafiek bij de rapporttabel; de tabel bevat dezelfde cijfers.")
        )
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(200)
        return view

    def clear(self) -> None:
        for chart in (self.bar_chart, self.line_chart):
            chart.removeAllSeries()
            for axis in chart.axes():
                chart.removeAxis(axis)
            chart.setTitle("")
        self.line_view.hide()

    def show_table(self, table: ReportTable | None) -> None:
        """Draw ``table`` (exact numbers); nothing for a report without groupings."""
        self.clear()
        if table is None or not table.spec.by or not table.marginals:
            return
        measure = table.spec.measure
        what = self.tr("Vragen") if measure == "questions" else self.tr("Consulten")
        dimension = table.spec.dimensions[0]
        rows = [r for r in table.marginals if _value(r, measure) > 0]
        if not dimension.ordinal:
            rows.sort(key=lambda r: -_value(r, measure))
        top = rows[:TOP_GROUPS]
        title = self.tr("{what} per {grouping}").format(
            what=what, grouping=table.columns[0].lower()
        )
        if len(rows) > len(top):
            title += " " + self.tr("(grootste {n})").format(n=len(top))
        self._bars(top, measure, what, title)
        if dimension.name.startswith("period_") and len(table.marginals) > 1:
            self._line(table)

    def _bars(self, rows: list[ReportRow], measure: str, what: str, title: str) -> None:
        chart = self.bar_chart
        chart.setTitle(title)
        bars = QBarSet(what)
        bars.setColor(BLUE)
        bars.setBorderColor(BLUE)
        bars.setLabelColor(QColor("#3c4043"))
        ordered = list(reversed(rows))  # the largest at the top
        bars.append([float(_value(r, measure)) for r in ordered])
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setBarWidth(0.7)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([_short(r.labels[0]) for r in ordered])
        values = QValueAxis()
        values.setRange(0, _nice_max(max((_value(r, measure) for r in rows), default=0)))
        values.setLabelFormat("%d")
        values.setTickCount(5)
        values.setGridLineColor(QColor("#e3e7ec"))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        chart.legend().hide()

    def _line(self, table: ReportTable) -> None:
        chart = self.line_chart
        chart.setTitle(self.tr("Door de tijd"))
        rows = list(table.marginals)
        categories = QBarCategoryAxis()
        categories.append([r.keys[0] or "" for r in rows])  # "2026-03": short and clear
        top = 0
        for name, colour, pick in (
            (self.tr("Consulten"), BLUE, lambda r: _value(r, "consultations")),
            (self.tr("Vragen"), ORANGE, lambda r: _value(r, "questions")),
        ):
            series = QLineSeries()
            series.setName(name)
            series.setPen(QPen(colour, 2.5))
            series.setPointsVisible(True)
            for x, row in enumerate(rows):
                series.append(float(x), float(pick(row)))
                top = max(top, pick(row))
            chart.addSeries(series)
        values = QValueAxis()
        values.setRange(0, _nice_max(top))
        values.setLabelFormat("%d")
        values.setTickCount(5)
        values.setGridLineColor(QColor("#e3e7ec"))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        for line in chart.series():
            line.attachAxis(categories)
            line.attachAxis(values)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().show()
        self.line_view.show()
