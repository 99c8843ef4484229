"""SVG charts: bars proportional to counts, every label escaped, links to the lists they count."""

from __future__ import annotations

import itertools
import re
import xml.etree.ElementTree as ET

from casewatch.web.charts import bars, colour_of, events_by_year, legend, life_line

SVG = "{http://www.w3.org/2000/svg}"


def _rects(svg: str) -> list[ET.Element]:
    return list(ET.fromstring(svg).iter(f"{SVG}rect"))


def test_one_band_per_year_and_type_with_heights_in_proportion() -> None:
    svg = str(events_by_year([("2019", "arrest", 2), ("2019", "conviction", 1), ("2021", "arrest", 3)]))
    heights = [float(r.get("height", 0)) for r in _rects(svg)]
    assert len(heights) == 3
    assert abs(heights[0] / heights[2] - 2 / 3) < 0.01 and abs(heights[1] / heights[2] - 1 / 3) < 0.01
    assert 'href="/timeline?type=arrest"' in svg


def test_years_without_events_keep_their_place() -> None:
    svg = str(events_by_year([("2015", "arrest", 1), ("2018", "arrest", 1)]))
    labels = re.findall(r">(\d{4})</text>", svg)
    assert labels == ["2015", "2016", "2017", "2018"]


def test_no_dated_events_gives_no_chart() -> None:
    assert str(events_by_year([])) == ""
    assert str(bars([], "nothing")) == ""


def test_labels_are_escaped() -> None:
    svg = str(bars([("<script>alert(1)</script>", "/documents?genre=x&y=<z>", 4)], "Genres <b>"))
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    ET.fromstring(svg)  # still well-formed


def test_legend_lists_shown_types_in_vocabulary_order_with_their_colours() -> None:
    rows = [("2020", "release", 1), ("2020", "arrest", 1)]
    assert legend(rows) == [("arrest", colour_of("arrest")), ("release", colour_of("release"))]
    assert colour_of("arrest") != colour_of("release")


def test_overview_page_draws_the_charts(client) -> None:
    html = client.get("/").text
    assert html.count('<svg class="chart"') == 2
    assert "Events per year, by type" in html and "Documents per genre" in html


def test_life_line_places_events_in_time_and_links_each_to_its_sentence() -> None:
    svg = str(
        life_line(
            [
                ("2010", "arrest", "/documents/1#ev-1", "2010: Arrest"),
                ("2012-06-15", "release", "/documents/2#ev-3", "2012: Release"),
                ("", "conviction", "/documents/3#ev-2", "undated"),
            ]
        )
    )
    circles = list(ET.fromstring(svg).iter(f"{SVG}circle"))
    assert len(circles) == 2  # the undated one has no place on a line of time
    assert float(circles[0].get("cx", 0)) < float(circles[1].get("cx", 0))
    assert 'href="/documents/2#ev-3"' in svg
    assert str(life_line([])) == ""


def test_actor_page_draws_its_life_line(client) -> None:
    html = client.get("/actors/quispe").text
    assert '<svg class="chart"' in html and "<circle" in html


def test_year_labels_of_a_long_span_never_touch() -> None:
    rows = [(str(year), "arrest", 1) for year in (1990, 2022)]
    svg = str(events_by_year(rows))
    xs = [float(x) for x in re.findall(r'<text class="tick" x="([\d.]+)" y="\d+" text-anchor="middle">', svg)]
    assert len(xs) >= 8 and "1990" in svg
    assert min(b - a for a, b in itertools.pairwise(xs)) >= 34
