"""gilpy.lab's chart: one panel per experiment, its ratios against N (or the switch interval),
gilpy beside CPython and the ideal, as a self-contained SVG."""

PANEL_W, PANEL_H = 300, 220
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 48, 12, 30, 36
COLUMNS = 3
SERIES = (("gilpy_ratio", "gilpy", "#d9480f", ""), ("cpython_ratio", "CPython", "#1c7ed6", "6 4"),
          ("ideal", "ideal", "#868e96", "2 3"))

# (title, section, which rows, x label of a row)
PANELS = (
    ("CPU-bound: N threads", "cpu", lambda r: r["case"] == "threads", lambda r: str(r["n"])),
    ("CPU-bound: N processes", "cpu", lambda r: r["case"] == "processes", lambda r: str(r["n"])),
    ("Sleeping: N threads", "io", lambda r: r["case"] == "threads", lambda r: str(r["n"])),
    ("sha256 (GIL released): N threads", "hash", lambda r: r["case"] == "threads", lambda r: str(r["n"])),
    ("Convoy: latency beside 2 CPU threads", "convoy", lambda r: r["n"] == 2,
     lambda r: r["case"].split()[0][3:]),
    ("2 CPU threads by switch interval", "sweep", lambda r: True, lambda r: r["case"][3:]),
)


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def nice_max(v):
    """A round upper bound for an axis, at least v: 1, 2 or 4 times a power of ten (round quarters)."""
    step = 1e-3
    while True:
        for m in (1, 2, 4):
            if step * m >= v:
                return step * m
        step *= 10


def panel(title, rows, label, x0, y0):
    parts = [f'<g transform="translate({x0},{y0})">',
             f'<text x="{PANEL_W / 2}" y="16" text-anchor="middle" font-weight="bold">{escape(title)}</text>']
    w, h = PANEL_W - MARGIN_L - MARGIN_R, PANEL_H - MARGIN_T - MARGIN_B
    values = [r[key] for r in rows for key, *_ in SERIES if r[key] is not None]
    top = nice_max(max(values, default=1) * 1.05)
    ox, oy = MARGIN_L, MARGIN_T + h

    def x(i):
        return ox + (w * (i + 0.5) / len(rows) if rows else 0)

    def y(v):
        return oy - h * v / top

    for k in range(5):
        v = top * k / 4
        parts.append(f'<line x1="{ox}" y1="{y(v):.1f}" x2="{ox + w}" y2="{y(v):.1f}" stroke="#e9ecef"/>')
        parts.append(f'<text x="{ox - 4}" y="{y(v) + 4:.1f}" text-anchor="end">{v:g}</text>')
    parts.append(f'<line x1="{ox}" y1="{oy}" x2="{ox + w}" y2="{oy}" stroke="#495057"/>')
    parts.append(f'<line x1="{ox}" y1="{MARGIN_T}" x2="{ox}" y2="{oy}" stroke="#495057"/>')
    for i, r in enumerate(rows):
        parts.append(f'<text x="{x(i):.1f}" y="{oy + 15}" text-anchor="middle">{escape(label(r))}</text>')
    for key, _, colour, dash in SERIES:
        points = [(x(i), y(r[key])) for i, r in enumerate(rows) if r[key] is not None]
        if points:
            path = " ".join(f"{px:.1f},{py:.1f}" for px, py in points)
            parts.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2" '
                         f'stroke-dasharray="{dash}"/>')
            parts.extend(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="3" fill="{colour}"/>' for px, py in points)
    parts.append("</g>")
    return parts


def svg(rows, machine):
    """The chart of the lab's rows, with the machine they ran on in the footer."""
    n_rows = (len(PANELS) + COLUMNS - 1) // COLUMNS
    width, height = PANEL_W * COLUMNS, PANEL_H * n_rows + 70
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'font-family="sans-serif" font-size="11">',
             f'<rect width="{width}" height="{height}" fill="white"/>']
    for i, (title, section, keep, label) in enumerate(PANELS):
        chosen = [r for r in rows if r["section"] == section and keep(r)]
        parts += panel(title, chosen, label, PANEL_W * (i % COLUMNS), PANEL_H * (i // COLUMNS))
    legend_y = PANEL_H * n_rows + 18
    for i, (_, name, colour, dash) in enumerate(SERIES):
        lx = 20 + i * 110
        parts.append(f'<line x1="{lx}" y1="{legend_y}" x2="{lx + 30}" y2="{legend_y}" stroke="{colour}" '
                     f'stroke-width="2" stroke-dasharray="{dash}"/>')
        parts.append(f'<text x="{lx + 36}" y="{legend_y + 4}">{name}</text>')
    parts.append(f'<text x="350" y="{legend_y + 4}">y: time over serial time (convoy: latency over latency '
                 f'alone); x: N, or the switch interval in ms</text>')
    footer = (f"{machine['cores']} cores ({machine['cpu']}), load average {machine['load_average']}; "
              f"gilpy {machine['gilpy']}; CPython {machine['cpython']}")
    parts.append(f'<text x="20" y="{legend_y + 26}" fill="#495057">{escape(footer)}</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
