"""Charts as SVG files: each risk's score over time, a likelihood × impact heat map per register
snapshot, and the ageing of open actions by owner.

Takes rows from the store's read-side queries (`risk_scores`, `register_snapshots`,
`open_action_ages`); yields SVG text (`*_svg` functions) and, through `write_report`, a folder of
SVG files with an `index.html` that shows them all. Plain SVG needs no JavaScript and no
network, opens in any browser, prints, and can be put in a report or a README as it is.
"""

from __future__ import annotations

import datetime
import re
from collections import defaultdict
from html import escape
from pathlib import Path

from . import store

FONT = "font-family='Helvetica, Arial, sans-serif'"
AGE_BANDS = (
    (0, 90, "under 3 months", "#9ecae1"),
    (90, 180, "3–6 months", "#4292c6"),
    (180, 365, "6–12 months", "#fd8d3c"),
    (365, 10**6, "over a year", "#d94801"),
)


def svg(width: int, height: int, title: str, body: list[str]) -> str:
    return (
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' "
        f"viewBox='0 0 {width} {height}' {FONT} font-size='11' role='img' aria-label='{escape(title)}'>"
        f"<title>{escape(title)}</title><rect width='100%' height='100%' fill='white'/>"
        f"<text x='10' y='20' font-size='14' font-weight='bold'>{escape(title)}</text>" + "".join(body) + "</svg>"
    )


def text(x: float, y: float, words: str, **attributes: str) -> str:
    extra = "".join(f" {k.replace('_', '-')}='{v}'" for k, v in attributes.items())
    return f"<text x='{x:.1f}' y='{y:.1f}'{extra}>{escape(str(words))}</text>"


# --- each risk's score over time ------------------------------------------------------------------


def risk_scores_svg(rows: list[dict], columns: int = 4) -> str:
    """Small multiples: one panel per risk reference, its score in each dated register."""
    by_risk: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_risk[row["reference"]].append(row)
    dates = sorted({r["register_date"] for r in rows})
    top = max([25] + [r["score"] or 0 for r in rows])
    width, height = 190, 110
    body = [
        text(
            10,
            38,
            f"Score after mitigating controls (current), {len(dates)} register snapshot(s): "
            f"{', '.join(dates) if len(dates) <= 4 else dates[0] + ' to ' + dates[-1]}",
        )
    ]
    for index, reference in enumerate(sorted(by_risk, key=natural_key)):
        x0 = 10 + (index % columns) * width
        y0 = 50 + (index // columns) * height
        body += risk_panel(by_risk[reference], reference, dates, top, x0, y0, width - 20, height - 30)
    rows_used = (len(by_risk) + columns - 1) // columns
    return svg(columns * width + 10, 60 + max(1, rows_used) * height, "Risk scores over time", body)


def risk_panel(
    rows: list[dict], reference: str, dates: list[str], top: int, x0: float, y0: float, w: float, h: float
) -> list[str]:
    def x(date: str) -> float:
        return x0 + (w / 2 if len(dates) == 1 else w * dates.index(date) / (len(dates) - 1))

    def y(score: int) -> float:
        return y0 + 18 + h * (1 - score / top)

    points = [(x(r["register_date"]), y(r["score"] or 0), r) for r in rows]
    last = rows[-1]
    parts = [
        f"<rect x='{x0}' y='{y0 + 18}' width='{w}' height='{h}' fill='#f7f7f7' stroke='#ddd'/>",
        text(x0, y0 + 12, reference, font_weight="bold"),
        text(x0 + w, y0 + 12, f"now {last['score']}", text_anchor="end", fill="#555"),
    ]
    if len(points) > 1:
        path = " ".join(f"{px:.1f},{py:.1f}" for px, py, _ in points)
        parts.append(f"<polyline points='{path}' fill='none' stroke='#2171b5' stroke-width='2'/>")
    for px, py, row in points:
        parts.append(
            f"<circle cx='{px:.1f}' cy='{py:.1f}' r='4' fill='{score_colour(row['score'] or 0, top)}'>"
            f"<title>{escape(reference)} {row['register_date']}: score {row['score']} "
            f"(likelihood {row['likelihood']}, impact {row['impact']})</title></circle>"
        )
    return parts


# --- likelihood × impact, one heat map per register snapshot -----------------------------------------


def heat_map_svg(rows: list[dict], title: str) -> str:
    """A grid of likelihood (rows, high at the top) × impact (columns), each cell naming its risks."""
    scale = max([5] + [r["likelihood"] for r in rows] + [r["impact"] for r in rows])
    cell, left, top = 78, 70, 50
    cells: dict[tuple[int, int], list[str]] = defaultdict(list)
    for row in rows:
        cells[(row["likelihood"], row["impact"])].append(row["reference"])
    body = []
    for likelihood in range(scale, 0, -1):
        y = top + (scale - likelihood) * cell
        body.append(text(left - 8, y + cell / 2 + 4, str(likelihood), text_anchor="end"))
        for impact in range(1, scale + 1):
            x = left + (impact - 1) * cell
            refs = sorted(cells.get((likelihood, impact), []), key=natural_key)
            body.append(
                f"<rect x='{x}' y='{y}' width='{cell}' height='{cell}' stroke='white' "
                f"fill='{score_colour(likelihood * impact, scale * scale)}'/>"
            )
            body += cell_labels(refs, x, y, cell)
    for impact in range(1, scale + 1):
        body.append(text(left + (impact - 0.5) * cell, top + scale * cell + 16, str(impact), text_anchor="middle"))
    body.append(text(left + scale * cell / 2, top + scale * cell + 34, "impact →", text_anchor="middle"))
    body.append(
        text(
            14,
            top + scale * cell / 2,
            "likelihood →",
            text_anchor="middle",
            transform=f"rotate(-90 14 {top + scale * cell / 2})",
        )
    )
    return svg(max(left + scale * cell + 20, 20 + 8 * len(title)), top + scale * cell + 50, title, body)


def cell_labels(refs: list[str], x: float, y: float, cell: float) -> list[str]:
    if not refs:
        return []
    shown = refs[:4] + ([f"+{len(refs) - 4} more"] if len(refs) > 4 else [])
    return [
        text(x + cell / 2, y + 16 + 13 * i, ref, text_anchor="middle", font_size="11") for i, ref in enumerate(shown)
    ]


def score_colour(score: float, top: float) -> str:
    share = score / top if top else 0
    return "#a1d99b" if share < 0.2 else "#fed976" if share < 0.45 else "#fd8d3c" if share < 0.7 else "#e31a1c"


# --- ageing of open actions by owner -----------------------------------------------------------------


def action_ageing_svg(rows: list[dict], as_at: str) -> str:
    """One stacked bar per owner: their open actions by how long ago they were raised."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * len(AGE_BANDS))
    for row in rows:
        band = next(i for i, (low, high, _, _) in enumerate(AGE_BANDS) if low <= (row["age_days"] or 0) < high)
        counts[row["owner"]][band] += 1
    owners = sorted(counts, key=lambda o: (-sum(counts[o]), o))
    most = max([1] + [sum(c) for c in counts.values()])
    left, bar, unit = 260, 24, 460 / most
    body = [text(10, 38, f"Open actions as at {as_at}, by owner and time since raised")]
    for i, (_, _, name, colour) in enumerate(AGE_BANDS):
        body += [
            f"<rect x='{left + i * 120}' y='46' width='12' height='12' fill='{colour}'/>",
            text(left + i * 120 + 16, 56, name),
        ]
    for index, owner in enumerate(owners):
        y = 72 + index * (bar + 8)
        body.append(text(left - 8, y + bar / 2 + 4, owner, text_anchor="end"))
        x = float(left)
        for (_, _, name, colour), count in zip(AGE_BANDS, counts[owner]):
            if count:
                body.append(
                    f"<rect x='{x:.1f}' y='{y}' width='{count * unit:.1f}' height='{bar}' fill='{colour}'>"
                    f"<title>{escape(owner)}: {count} open {name}</title></rect>"
                )
                x += count * unit
        body.append(text(x + 6, y + bar / 2 + 4, str(sum(counts[owner]))))
    if not owners:
        body.append(text(left, 90, "no open actions"))
    return svg(left + 520, 90 + max(1, len(owners)) * (bar + 8), "Action ageing by owner", body)


# --- the report ---------------------------------------------------------------------------------------


def write_report(db_path, folder, as_at: str | None = None) -> list[Path]:
    """Write every chart of the database at `db_path` into `folder`, and an index.html showing them."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    as_at = as_at or store.latest_meeting_date(db_path) or datetime.date.today().isoformat()
    charts = {"risk-scores.svg": risk_scores_svg(store.risk_scores(db_path))}
    for (path, date), rows in snapshots(store.register_snapshots(db_path)).items():
        charts[f"heat-map-{date or 'undated'}-{slug(Path(path or 'register').stem)}.svg"] = heat_map_svg(
            rows, f"Likelihood × impact, register of {date or 'unknown date'} ({Path(path or '').name})"
        )
    charts["action-ageing.svg"] = action_ageing_svg(store.open_action_ages(db_path, as_at), as_at)
    written = []
    for name, content in charts.items():
        (folder / name).write_text(content, encoding="utf-8")
        written.append(folder / name)
    (folder / "index.html").write_text(index_html(charts), encoding="utf-8")
    return written + [folder / "index.html"]


def snapshots(rows: list[dict]) -> dict[tuple[str, str], list[dict]]:
    grouped: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in rows:
        grouped[(row["document_path"], row["register_date"])].append(row)
    return grouped


def index_html(charts: dict[str, str]) -> str:
    figures = "".join(
        f"<figure id='{escape(name)}'>{content}<figcaption><a href='{escape(name)}'>{escape(name)}"
        f"</a></figcaption></figure>"
        for name, content in charts.items()
    )
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Board papers: charts</title>"
        "<style>body{font-family:Helvetica,Arial,sans-serif;margin:2em} figure{margin:0 0 2em}</style></head>"
        "<body><h1>Board papers: charts</h1><p><a href='/'>Back to the data</a></p>" + figures + "</body></html>"
    )


def natural_key(value: str) -> list:
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", value or "")]


def slug(value: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")
