"""Build the dashboard's offline base map (src/eventwire/server/static/world.json) from Natural Earth.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz      # Natural Earth 4.1.0 as TopoJSON
    python scripts/build_world_outlines.py package/countries-50m.json

world-atlas (ISC, Michael Bostock) redistributes Natural Earth's 1:50m admin-0 countries (public domain).
This decodes its TopoJSON arcs and writes each country as one SVG path in the dashboard's map
grid (equirectangular: x = (lon + 180) / 0.05, y = (90 - lat) / 0.05, so 7200 by 3600 units of 0.05 degree,
about 5 km: finer than the map's zoom levels show) as relative moves with repeated points dropped, so the
browser draws it without a projection library and the file stays small.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/eventwire/server/static/world.json"
STEP = 0.05  # degrees per coordinate unit in the output
ATTRIBUTION = ("Country outlines: Natural Earth 1:50m admin-0 (public domain), via world-atlas 2.0.2 "
               "(ISC, Michael Bostock)")


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON's quantized, delta-encoded arcs as lon/lat point lists."""
    (scale_x, scale_y), (shift_x, shift_y) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def ring(indexes: list[int], arcs: list) -> list[tuple[float, float]]:
    """A ring from arc indexes (a negative index ~i is arc i reversed); arcs share their end points."""
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def path(rings: list[list[tuple[float, float]]]) -> str:
    parts = []
    for points in rings:
        grid = []
        for lon, lat in points:
            cell = (round((lon + 180) / STEP), round((90 - lat) / STEP))
            if not grid or grid[-1] != cell:
                grid.append(cell)
        if len(grid) < 3:
            continue  # an islet smaller than the grid
        steps = "".join(f"{_signed(x - px)}{_signed(y - py)}" for (px, py), (x, y) in zip(grid, grid[1:]))
        parts.append(f"M{grid[0][0]} {grid[0][1]}l{steps.lstrip()}z")
    return "".join(parts)


def _signed(delta: int) -> str:
    """SVG path numbers need a separator only before a non-negative one: `l3 -2 4-1`."""
    return f"{delta}" if delta < 0 else f" {delta}"


def build(source: Path) -> dict:
    topology = json.loads(source.read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = {"Polygon": [geometry.get("arcs", [])], "MultiPolygon": geometry.get("arcs", [])}.get(
            geometry["type"], [])
        d = path([ring(indexes, arcs) for polygon in polygons for indexes in polygon])
        if d:
            countries.append({"name": geometry.get("properties", {}).get("name", ""), "d": d})
    return {"attribution": ATTRIBUTION, "degrees_per_unit": STEP, "width": round(360 / STEP), "height": round(180 / STEP),
            "countries": countries}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="countries-50m.json from the world-atlas npm package")
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    args = parser.parse_args()
    world = build(args.source)
    args.output.write_text(json.dumps(world, separators=(",", ":")), encoding="utf-8")
    print(f"{args.output}: {len(world['countries'])} countries, {args.output.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
