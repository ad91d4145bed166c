#!/usr/bin/env python3
"""Builds the Word and PDF test documents from the minutes fixtures.

For each fixture (../shared/fixtures/minutes/*.txt and *.md) this writes NAME.docx, laid out the way a
secretary's Word minutes are, and NAME.pdf, printed from that .docx by LibreOffice. It also writes the two
broken inputs the error tests need: scanned-page.pdf (a page as a picture, no text layer) and
missing-document-part.docx (a zip without word/document.xml).

What makes the .docx files "real" Word minutes, not text pasted into Word:
- agenda items are Heading 2 paragraphs numbered by Word's automatic numbering (numbering.xml); the number
  is not in the text. 2015 and 2021 number each heading directly (w:numPr on the paragraph); 2022 numbers
  through a paragraph style that carries the list (w:numPr in styles.xml), as Word's "numbered headings" do;
- sub-lists (oral briefings, written briefings, enumerations in a case) are separate lists that restart
  at 1 (a w:num with w:lvlOverride/w:startOverride), so the agenda numbering runs on across them;
- section headings (Indstilling, Beskrivelse af sagen, Referat, Beslutning, Bilag) are Heading 3;
- bullets are "List Bullet" paragraphs (Word's Symbol-font bullet from the style's list);
- tables where the minutes had tables (2021: rotation plan; 2022: the budget table);
- a running page header and a footer "Side N af M" made of PAGE/NUMPAGES fields;
- a page break before the agenda; Markdown's hard line breaks become w:br inside one paragraph.
Lines that the text export had wrapped are joined back into one paragraph; a page number alone on a line
(page furniture of the PDF the text was copied from) is dropped, as the footer prints it.

Needs python-docx (pip install python-docx), LibreOffice (apt-get install libreoffice-writer), and for the
scanned page pdftoppm (poppler-utils) and img2pdf (apt-get install img2pdf).

Usage: python3 make_documents.py [--verbose] [FIXTURE_DIR]
  FIXTURE_DIR defaults to ../shared/fixtures/minutes beside the repository; --verbose lists the wrapped
  lines it joined with a capitalised continuation, for review.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
VERBOSE = "--verbose" in sys.argv
DEFAULT_FIXTURES = HERE.parents[3] / "shared" / "fixtures" / "minutes"

PAGE_HEADER = "Midtklyngens sundhedssamarbejde · Klyngestyregruppen"
SECTION_WORDS = {"indstilling", "beskrivelse af sagen", "sagsfremstilling", "referat", "beslutning", "bilag",
                 "efterskrift"}
AGENDA_STARTS = {"referat", "dagsorden", "udkast referat"}
PART_HEADINGS = ("beslutningspunkter", "mundtlige orienteringspunkter", "skriftlige orienteringspunkter")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober",
          "november", "december")
BULLET_MARKS = ("\uf0b7", "•")
CONNECTIVES = {"af", "at", "de", "der", "en", "et", "for", "fra", "i", "med", "og", "om", "på", "som", "til"}

# Numbering definitions this script adds to numbering.xml (ids above the template's 0-9).
AGENDA_ABSTRACT, SUBLIST_ABSTRACT = 90, 91
AGENDA_NUM = 90
FIRST_SUBLIST_NUM = 91
AGENDA_STYLE = "Dagsordenspunkt"


# ---------------------------------------------------------------------------------------------- blocks


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    line_break: bool = False  # a w:br before this run's text


@dataclass
class Block:
    kind: str  # title, heading, item, para, bullet, numbered, table, pagebreak
    runs: list[Run] = field(default_factory=list)
    level: int = 0  # heading level
    number: int = 0  # item: its agenda number (printed by Word's numbering, kept to check the order)
    list_id: int = 0  # numbered: which sub-list
    rows: list[list[str]] = field(default_factory=list)  # table
    joinable: bool = False  # a wrapped text line may continue this block
    last_line: str = ""

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def heading_key(text: str) -> str:
    return squeeze(text).rstrip(":.").strip().lower()


# ------------------------------------------------------------------------------------------ text fixtures


# Tables in the text fixtures, which the export flattened to one cell per line. The cells are written out
# here; build() checks that they hold exactly the words of the lines they replace.
TEXT_TABLES = {
    "midtklyngen-2021-06-18.txt": {
        "first": "Klyngestyregruppen Voksentema-",
        "last_before": "Referat",
        "rows": [
            ["", "Klyngestyregruppen", "Voksentema-gruppen for somatik", "Voksentema-gruppen for psykiatri",
             "Temagruppen for børn, unge og familie"],
            ["2021-2022", "HE Midt og Silkeborg Kommune", "HE Midt og Skive Kommune",
             "Psykiatrien og Skive Kommune", "HE Midt og Viborg Kommune"],
            ["2023-2024", "HE Midt og Viborg Kommune", "HE Midt og Silkeborg Kommune",
             "Psykiatrien og Silkeborg Kommune", "HE Midt og Skive Kommune"],
            ["2024-2025", "HE Midt og Skive Kommune", "HE Midt og Viborg Kommune",
             "Psykiatrien og Viborg Kommune", "HE Midt og Silkeborg Kommune"],
        ],
    },
}


def words_without_wraps(text: str) -> list[str]:
    return re.sub(r"-\s+", "-", squeeze(text)).split(" ")


def is_list_number(line: str) -> re.Match | None:
    """`3. Tekst` that is a list entry, not a date (`1. oktober`) or a year (`2019. Dette`) run on."""
    match = re.match(r"(\d{1,2})\.\s+(\S+)", line)
    if not match or match.group(2).lower().startswith(MONTHS):
        return None
    return match


def continues(block: Block | None, line: str, after_blank: bool) -> bool:
    """Whether a text line is the wrapped rest of the block before it. `after_blank`: a blank line that
    ends a paragraph came between them."""
    if block is None or not block.joinable:
        return False
    if line.startswith("tlf.") or "@" in line or "@" in block.last_line:
        return False  # contact blocks are one fact a line
    previous = block.last_line
    if line[0].islower() or line[0] in "(" or line[0].isdigit():
        return True
    if previous.endswith((" v.", " v/")) or previous.split(" ")[-1] in CONNECTIVES:
        return True
    if after_blank or previous.endswith((".", ":", ";", "!", "?")):
        return False
    # A full line of body text wrapped; so did a long line whose last word was pushed alone onto the next.
    # Shorter lines without a full stop are one fact each: a name and title in an attendance list.
    return len(previous) >= 75 or (len(previous) >= 60 and " " not in line)


def parse_text(name: str, text: str, items: list[dict]) -> list[Block]:
    lines = [line.strip() for line in text.splitlines()]
    first_item = next(i for i, line in enumerate(lines) if re.match(r"1\.\s", line))
    agenda_start = max((i for i in range(first_item) if heading_key(lines[i]) in AGENDA_STARTS), default=None)
    table = TEXT_TABLES.get(name)
    # A text with a blank line after nearly every line (2021) says nothing by its blank lines; in one
    # without (2015) a blank line ends a paragraph.
    filled = [i for i, line in enumerate(lines[:-1]) if line]
    double_spaced = sum(1 for i in filled if not lines[i + 1]) > 0.6 * len(filled)
    after_blank = False

    blocks: list[Block] = []
    next_item = 0
    sublists = 0
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if not line:
            after_blank = not double_spaced
            continue
        if line.isdigit():  # a page number alone on a line
            continue
        paragraph_ended, after_blank = after_blank, False
        line = squeeze(line)
        previous = blocks[-1] if blocks else None

        if table and line == table["first"]:
            region = [line]
            while heading_key(lines[index]) != heading_key(table["last_before"]):
                region.append(lines[index])
                index += 1
            cells = " ".join(" ".join(row) for row in table["rows"])
            if words_without_wraps(cells) != words_without_wraps(" ".join(region)):
                raise SystemExit(f"{name}: the table's cells do not match the fixture's lines")
            blocks.append(Block("table", rows=table["rows"]))
            continue

        bullet = line.startswith(BULLET_MARKS)
        if bullet:
            line = squeeze(line[1:])
            blocks.append(Block("bullet", [Run(line)], joinable=True, last_line=line))
            continue

        item = items[next_item] if next_item < len(items) else None
        match = re.match(r"(\d+)\.\s+", line)
        if item and match and int(match.group(1)) == item["number"] \
                and squeeze(line[match.end():]).startswith(squeeze(item["title"])[:12]):
            heading = line
            wanted = [squeeze(item["title"])] + ([squeeze(item["presenter"])] if item.get("presenter") else [])
            while not all(part in squeeze(heading) for part in wanted):
                while not lines[index]:
                    index += 1
                heading += " " + lines[index]
                index += 1
            heading = squeeze(heading)
            blocks.append(Block("item", [Run(heading[match.end():])], number=item["number"]))
            next_item += 1
            continue

        key = heading_key(line)
        if agenda_start is not None and index - 1 == agenda_start:
            blocks.append(Block("pagebreak"))
            blocks.append(Block("heading", [Run(line)], level=1))
            continue
        if index - 1 < first_item and key.startswith(("referat ", "dagsorden ")):
            blocks.append(Block("title", [Run(line)]))
            continue
        if key in SECTION_WORDS:
            if next_item > 0:
                blocks.append(Block("heading", [Run(line)], level=3))
            else:
                blocks.append(Block("para", [Run(line, bold=True)]))
            continue
        if key.startswith(PART_HEADINGS):
            blocks.append(Block("heading", [Run(line)], level=2))
            continue

        number = is_list_number(line)
        if number and not (previous and previous.joinable and previous.kind == "para"
                           and len(previous.last_line) >= 60 and not previous.last_line.endswith((".", ":"))):
            if int(number.group(1)) == 1:
                sublists += 1
            rest = squeeze(line[number.end(1) + 1:])
            blocks.append(Block("numbered", [Run(rest)], list_id=sublists, joinable=True, last_line=line))
            continue

        if continues(previous, line, paragraph_ended):
            assert previous is not None
            text = previous.runs[-1].text
            # A word the export hyphenated at the line end is one word again ("hospitals-" + "forbrug");
            # "sundheds- og" keeps its hyphen.
            if text.endswith("-") and line[0].islower() and line.split(" ")[0] not in ("og", "eller"):
                previous.runs[-1].text = text[:-1]
                glue = ""
            else:
                glue = " "
            if VERBOSE and line[0].isupper():
                print(f"  joined: {previous.last_line!r} + {line!r}")
            previous.runs[-1].text += glue + line
            previous.last_line = line
            continue
        blocks.append(Block("para", [Run(line)], joinable=True, last_line=line))

    if next_item != len(items):
        raise SystemExit(f"{name}: found {next_item} of {len(items)} agenda items")
    return blocks


# -------------------------------------------------------------------------------------- Markdown fixture


INLINE = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]*)\]\([^)]*\)|<b>(.*?)</b>|<i>(.*?)</i>")


def inline_runs(text: str) -> list[Run]:
    runs: list[Run] = []
    position = 0
    for match in INLINE.finditer(text):
        if match.start() > position:
            runs.append(Run(text[position:match.start()]))
        bold, italic, link, html_bold, html_italic = match.groups()
        if bold is not None:
            runs.extend(Run(r.text, bold=True, italic=r.italic) for r in inline_runs(bold))
        elif italic is not None:
            runs.append(Run(italic, italic=True))
        elif link is not None:
            runs.append(Run(link))
        elif html_bold is not None:
            runs.append(Run(html_bold, bold=True))
        else:
            runs.append(Run(html_italic or "", italic=True))
        position = match.end()
    if position < len(text):
        runs.append(Run(text[position:]))
    return runs


def plain(text: str) -> str:
    return "".join(run.text for run in inline_runs(text))


def parse_markdown(name: str, text: str, items: list[dict]) -> list[Block]:
    blocks: list[Block] = []
    next_item = 0
    paragraph: list[str] = []
    title_done = False

    def flush() -> None:
        nonlocal title_done
        if not paragraph:
            return
        runs: list[Run] = []
        for number, raw in enumerate(paragraph):
            hard_break = number > 0 and paragraph[number - 1].endswith("  ")
            line_runs = inline_runs(raw.strip())
            if number > 0 and line_runs:
                if hard_break:
                    line_runs[0].line_break = True
                else:
                    line_runs[0].text = " " + line_runs[0].text
            runs.extend(line_runs)
        is_title = not title_done and all(r.bold for r in runs) and "REFERAT" in "".join(r.text for r in runs)
        if is_title:
            title_done = True
            blocks.append(Block("title", [Run(squeeze("".join(r.text for r in runs)))]))
        else:
            blocks.append(Block("para", runs))
        paragraph.clear()

    for raw in text.splitlines():
        line = raw.rstrip("\n")
        if not line.strip():
            flush()
            continue
        heading = re.match(r"(#{1,6})\s+(.*)", line)
        if heading:
            flush()
            content = squeeze(plain(heading.group(2)))
            item = items[next_item] if next_item < len(items) else None
            match = re.match(r"(\d+)\.\s+", content)
            if item and match and int(match.group(1)) == item["number"]:
                blocks.append(Block("item", [Run(content[match.end():])], number=item["number"]))
                next_item += 1
            elif heading_key(content) in SECTION_WORDS:
                blocks.append(Block("heading", [Run(content)], level=3))
            elif len(heading.group(1)) <= 2:
                blocks.append(Block("pagebreak"))
                blocks.append(Block("heading", [Run(content)], level=1))
            else:
                italic = heading.group(2).strip().startswith("*") and not heading.group(2).strip().startswith("**")
                blocks.append(Block("heading", [Run(content, italic=italic)], level=4))
            continue
        if line.startswith("- "):
            flush()
            blocks.append(Block("bullet", inline_runs(line[2:].strip())))
            continue
        if "\t" in line:
            flush()
            cells = line.split("\t")
            if blocks and blocks[-1].kind == "table":
                blocks[-1].rows.append(cells)
            else:
                blocks.append(Block("table", rows=[cells]))
            continue
        paragraph.append(line)
    flush()
    if next_item != len(items):
        raise SystemExit(f"{name}: found {next_item} of {len(items)} agenda items")
    return blocks


# --------------------------------------------------------------------------------------------- Word out


def w_element(tag: str, **attributes: str) -> OxmlElement:
    element = OxmlElement(tag)
    for key, value in attributes.items():
        element.set(qn(f"w:{key}"), value)
    return element


def abstract_num(abstract_id: int, fmt: str, text: str, style: str | None = None) -> OxmlElement:
    abstract = w_element("w:abstractNum", abstractNumId=str(abstract_id))
    abstract.append(w_element("w:multiLevelType", val="singleLevel"))
    level = w_element("w:lvl", ilvl="0")
    level.append(w_element("w:start", val="1"))
    level.append(w_element("w:numFmt", val=fmt))
    if style:
        level.append(w_element("w:pStyle", val=style))
    level.append(w_element("w:lvlText", val=text))
    level.append(w_element("w:lvlJc", val="left"))
    properties = w_element("w:pPr")
    properties.append(w_element("w:ind", left="567", hanging="567"))
    level.append(properties)
    abstract.append(level)
    return abstract


def num(num_id: int, abstract_id: int, restart: bool) -> OxmlElement:
    element = w_element("w:num", numId=str(num_id))
    element.append(w_element("w:abstractNumId", val=str(abstract_id)))
    if restart:
        override = w_element("w:lvlOverride", ilvl="0")
        override.append(w_element("w:startOverride", val="1"))
        element.append(override)
    return element


def num_pr(num_id: int) -> OxmlElement:
    element = w_element("w:numPr")
    element.append(w_element("w:ilvl", val="0"))
    element.append(w_element("w:numId", val=str(num_id)))
    return element


def add_field(paragraph, instruction: str, shown: str) -> None:
    """A complex field (PAGE, NUMPAGES) as Word writes it: begin, instruction, separate, result, end."""
    def run_with(child: OxmlElement) -> None:
        run = paragraph.add_run()
        run._r.append(child)

    run_with(w_element("w:fldChar", fldCharType="begin"))
    instruction_element = OxmlElement("w:instrText")
    instruction_element.set(qn("xml:space"), "preserve")
    instruction_element.text = f" {instruction} "
    run_with(instruction_element)
    run_with(w_element("w:fldChar", fldCharType="separate"))
    paragraph.add_run(shown)
    run_with(w_element("w:fldChar", fldCharType="end"))


class WordWriter:
    def __init__(self, numbered_by_style: bool):
        self.document = Document()
        self.numbered_by_style = numbered_by_style
        self.next_sublist_num = FIRST_SUBLIST_NUM
        self.sublist_nums: dict[int, int] = {}
        normal = self.document.styles["Normal"]
        normal.font.name = "Calibri"
        normal.font.size = Pt(11)
        self._add_numbering()
        self._add_page_furniture()

    def _add_numbering(self) -> None:
        numbering = self.document.part.numbering_part.element
        first_num = numbering.find(qn("w:num"))
        agenda_style = AGENDA_STYLE if self.numbered_by_style else None
        for abstract in (abstract_num(AGENDA_ABSTRACT, "decimal", "%1.", agenda_style),
                         abstract_num(SUBLIST_ABSTRACT, "decimal", "%1.")):
            first_num.addprevious(abstract)
        numbering.append(num(AGENDA_NUM, AGENDA_ABSTRACT, restart=False))
        if self.numbered_by_style:
            style = self.document.styles.add_style(AGENDA_STYLE, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = self.document.styles["Heading 2"]
            style.next_paragraph_style = self.document.styles["Normal"]
            numbering_properties = w_element("w:numPr")
            numbering_properties.append(w_element("w:numId", val=str(AGENDA_NUM)))
            style.element.get_or_add_pPr().append(numbering_properties)

    def _add_page_furniture(self) -> None:
        section = self.document.sections[0]
        header = section.header.paragraphs[0]
        header.text = PAGE_HEADER
        header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        footer.add_run("Side ")
        add_field(footer, "PAGE", "1")
        footer.add_run(" af ")
        add_field(footer, "NUMPAGES", "1")

    def _sublist_num(self, list_id: int) -> int:
        if list_id not in self.sublist_nums:
            num_id = self.next_sublist_num
            self.next_sublist_num += 1
            self.document.part.numbering_part.element.append(num(num_id, SUBLIST_ABSTRACT, restart=True))
            self.sublist_nums[list_id] = num_id
        return self.sublist_nums[list_id]

    @staticmethod
    def _fill(paragraph, runs: list[Run]) -> None:
        for run in runs:
            if run.line_break:
                paragraph.add_run().add_break()
            added = paragraph.add_run(run.text)
            added.bold = run.bold or None
            added.italic = run.italic or None

    def add(self, block: Block) -> None:
        document = self.document
        if block.kind == "pagebreak":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif block.kind == "title":
            self._fill(document.add_paragraph(style="Title"), block.runs)
        elif block.kind == "heading":
            self._fill(document.add_paragraph(style=f"Heading {block.level}"), block.runs)
        elif block.kind == "item":
            if self.numbered_by_style:
                paragraph = document.add_paragraph(style=AGENDA_STYLE)
            else:
                paragraph = document.add_paragraph(style="Heading 2")
                paragraph._p.get_or_add_pPr().insert(1, num_pr(AGENDA_NUM))
            self._fill(paragraph, block.runs)
        elif block.kind == "bullet":
            self._fill(document.add_paragraph(style="List Bullet"), block.runs)
        elif block.kind == "numbered":
            paragraph = document.add_paragraph(style="List Paragraph")
            paragraph._p.get_or_add_pPr().insert(1, num_pr(self._sublist_num(block.list_id)))
            self._fill(paragraph, block.runs)
        elif block.kind == "table":
            self._add_table(block.rows)
        else:
            self._fill(document.add_paragraph(), block.runs)

    def _add_table(self, rows: list[list[str]]) -> None:
        columns = max(len(row) for row in rows)
        table = self.document.add_table(rows=0, cols=columns)
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        # The first column holds a year or a name; the rest share the width left, wide enough that no
        # word is broken inside a cell.
        first = 2.0 if columns > 4 else 5.6
        widths = [Cm(first)] + [Cm((16.0 - first) / (columns - 1))] * (columns - 1)
        for grid_column, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            grid_column.set(qn("w:w"), str(width.twips))
        for row in rows:
            cells = table.add_row().cells
            for cell, width in zip(cells, widths):
                cell.width = width
            for cell, raw in zip(cells, row):
                paragraph = cell.paragraphs[0]
                self._fill(paragraph, inline_runs(raw) if "<" in raw else [Run(raw)])
                for run in paragraph.runs:
                    run.font.size = Pt(8)
        self.document.add_paragraph()

    def save(self, path: Path, title: str) -> None:
        properties = self.document.core_properties
        properties.title = title
        properties.author = "Samspil testdokumenter"
        properties.language = "da-DK"
        self.document.save(path)


# ------------------------------------------------------------------------------------------------- main


def build(fixture: Path, out: Path) -> Path:
    expected = json.loads(fixture.with_name(fixture.name + ".expected.json").read_text(encoding="utf-8"))
    text = fixture.read_text(encoding="utf-8")
    if fixture.suffix == ".md":
        blocks = parse_markdown(fixture.name, text, expected["items"])
    else:
        blocks = parse_text(fixture.name, text, expected["items"])
    numbers = [block.number for block in blocks if block.kind == "item"]
    assert numbers == [item["number"] for item in expected["items"]], numbers
    writer = WordWriter(numbered_by_style=fixture.suffix == ".md")
    for block in blocks:
        writer.add(block)
    path = out / (fixture.stem + ".docx")
    writer.save(path, title=fixture.stem)
    return path


def to_pdf(docx_files: list[Path], out: Path) -> None:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(out), *map(str, docx_files)],
                       check=True, stdout=subprocess.DEVNULL)


def make_scanned_page(source_pdf: Path, out: Path) -> None:
    """The first page as a grey picture in a PDF, as a scanner makes it: no text layer at all."""
    with tempfile.TemporaryDirectory() as work:
        stem = Path(work) / "page"
        subprocess.run(["pdftoppm", "-f", "1", "-l", "1", "-r", "60", "-gray", "-png", "-singlefile",
                        str(source_pdf), str(stem)], check=True)
        subprocess.run(["img2pdf", "--output", str(out / "scanned-page.pdf"), f"{stem}.png"], check=True)


def make_missing_document_part(out: Path) -> None:
    """A zip with the package's content types, relationships and styles, but no word/document.xml."""
    with zipfile.ZipFile(out / "missing-document-part.docx", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml",
                         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                         '<Default Extension="rels" '
                         'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                         '<Default Extension="xml" ContentType="application/xml"/></Types>')
        archive.writestr("_rels/.rels",
                         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                         '<Relationship Id="rId1" Target="word/document.xml" Type="http://schemas.'
                         'openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>'
                         '</Relationships>')
        archive.writestr("word/styles.xml",
                         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                         '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>')


def main() -> None:
    arguments = [argument for argument in sys.argv[1:] if argument != "--verbose"]
    fixtures = Path(arguments[0]) if arguments else DEFAULT_FIXTURES
    for tool in ("soffice", "pdftoppm", "img2pdf"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} is missing: see the README beside this script")
    sources = sorted(list(fixtures.glob("*.txt")) + list(fixtures.glob("*.md")))
    sources = [source for source in sources if source.name != "README.md"]
    docx_files = [build(source, HERE) for source in sources]
    to_pdf(docx_files, HERE)
    make_scanned_page(HERE / "midtklyngen-2021-06-18.pdf", HERE)
    make_missing_document_part(HERE)
    for path in sorted(HERE.glob("*.docx")) + sorted(HERE.glob("*.pdf")):
        print(f"{path.name}: {path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
