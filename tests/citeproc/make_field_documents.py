#!/usr/bin/env python3
"""Word documents whose citations are citation-manager fields, as Zotero's,
Mendeley's and EndNote's Word plugins write them: each citation a field
whose instruction holds the cited items (CSL-JSON; EndNote's own XML
records) and whose result is the citation as shown; the bibliography a
field (ADDIN ZOTERO_BIBL, ADDIN Mendeley Bibliography CSL_BIBLIOGRAPHY,
ADDIN EN.REFLIST) whose result is one paragraph per entry in the
Bibliography style. What is shown is rendered by pandoc's
citeproc (APA) from tests/citeproc/sample.md and works.yaml; the items in
the fields are the works as CSL-JSON. Zotero splits a long instruction over
several runs, as here.

Usage: make_field_documents.py SAMPLES_DIR   (writes zotero-, mendeley- and endnote-fields.docx)
"""
import json
import pathlib
import subprocess
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = pathlib.Path(__file__).resolve().parent
STYLE = "/usr/share/citation-style-language/styles/apa.csl"


def pandoc(*args):
    return subprocess.run(["pandoc", *args], check=True, capture_output=True, text=True).stdout


def inline_text(node):
    if isinstance(node, list):
        return "".join(inline_text(n) for n in node)
    kind = node.get("t")
    if kind == "Str":
        return node["c"]
    if kind in ("Space", "SoftBreak", "LineBreak"):
        return " "
    if kind == "Cite":
        return inline_text(node["c"][1])
    if kind == "Quoted":
        mark = "“”" if node["c"][0]["t"] == "DoubleQuote" else "‘’"
        return mark[0] + inline_text(node["c"][1]) + mark[1]
    if kind in ("Emph", "Strong", "Strikeout", "Superscript", "Subscript", "SmallCaps", "Underline"):
        return inline_text(node["c"])
    if kind in ("Span", "Link"):
        return inline_text(node["c"][1])
    return ""


def run(text):
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def field(instruction, shown_runs, pieces=1):
    """A complex field; the instruction is split over `pieces` runs."""
    size = max(1, -(-len(instruction) // pieces))
    instr = "".join(f'<w:r><w:instrText xml:space="preserve">{escape(instruction[i:i + size])}</w:instrText></w:r>'
                    for i in range(0, len(instruction), size))
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>' + instr +
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + shown_runs +
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


ENDNOTE_NUMBERS = {}   # EndNote's record numbers, one per work
ENDNOTE_TYPES = {"article-journal": ("Journal Article", 17), "book": ("Book", 6), "chapter": ("Book Section", 5),
                 "report": ("Report", 27), "thesis": ("Thesis", 32), "webpage": ("Web Page", 12),
                 "article-newspaper": ("Newspaper Article", 23), "article-magazine": ("Magazine Article", 19),
                 "legislation": ("Statute", 31), "legal_case": ("Case", 7)}


def styled(text):
    return f'<style face="normal" font="default" size="100%">{escape(str(text))}</style>'


def endnote_name(name):
    if "literal" in name:
        return name["literal"] + ","
    return f'{name.get("family", "")}, {name.get("given", "")}'.strip(", ")


def endnote_record(item, number):
    """The item as EndNote stores a record in its fields."""
    kind, code = ENDNOTE_TYPES.get(item["type"], ("Generic", 13))
    xml = f'<record><rec-number>{number}</rec-number><ref-type name="{kind}">{code}</ref-type><contributors>'
    for role, element in (("author", "authors"), ("editor", "secondary-authors")):
        if role in item:
            xml += f"<{element}>" + "".join(f"<author>{styled(endnote_name(n))}</author>" for n in item[role]) + f"</{element}>"
    xml += "</contributors><titles>"
    xml += f'<title>{styled(item["title"])}</title>' if "title" in item else ""
    xml += f'<secondary-title>{styled(item["container-title"])}</secondary-title>' if "container-title" in item else ""
    xml += "</titles>"
    if item["type"] == "article-journal" and "container-title" in item:
        xml += f'<periodical><full-title>{styled(item["container-title"])}</full-title></periodical>'
    # A report's number is EndNote's "number", as a journal's issue is.
    for variable, element in (("page", "pages"), ("volume", "volume"), ("issue", "number"), ("number", "number"),
                              ("publisher-place", "pub-location"), ("publisher", "publisher"),
                              ("genre", "work-type"), ("DOI", "electronic-resource-num")):
        if variable in item:
            xml += f"<{element}>{styled(item[variable])}</{element}>"
    if "issued" in item:
        parts = item["issued"]["date-parts"][0]
        xml += f'<dates><year>{styled(parts[0])}</year>'
        if len(parts) == 3:
            xml += f'<pub-dates><date>{styled("%04d-%02d-%02d" % tuple(parts))}</date></pub-dates>'
        xml += "</dates>"
    if "URL" in item:
        xml += f'<urls><related-urls><url>{styled(item["URL"])}</url></related-urls></urls>'
    if "accessed" in item:
        xml += f'<access-date>{styled("%04d-%02d-%02d" % tuple(item["accessed"]["date-parts"][0]))}</access-date>'
    return xml + "</record>"


def endnote_instruction(cite, items, shown, numbers):
    cites = ""
    for citation in cite:
        item = items[citation["citationId"]]
        number = numbers.setdefault(item["id"], len(numbers) + 1)
        author = (item.get("author") or item.get("editor") or [{}])[0]
        suffix = inline_text(citation.get("citationSuffix", [])).strip(" ,").replace("\u00a0", " ")
        pages = f"<Pages>{escape(suffix.partition(' ')[2] or suffix)}</Pages>" if suffix else ""
        year = item["issued"]["date-parts"][0][0] if "issued" in item else ""
        cites += (f'<Cite><Author>{escape(author.get("family", author.get("literal", "")))}</Author><Year>{year}</Year>'
                  f'<RecNum>{number}</RecNum>{pages}<DisplayText>{escape(shown)}</DisplayText>'
                  f'{endnote_record(item, number)}</Cite>')
    return f" ADDIN EN.CITE <EndNote>{cites}</EndNote>"


def citation_instruction(manager, cite, items, shown, number):
    if manager == "endnote":
        return endnote_instruction(cite, items, shown, ENDNOTE_NUMBERS)
    cited = []
    for k, citation in enumerate(cite):
        item = dict(items[citation["citationId"]])
        suffix = inline_text(citation.get("citationSuffix", [])).strip(" ,")
        entry = {"id": number * 10 + k, "uris": [f"http://zotero.org/users/1/items/{item['id'].upper()}"], "itemData": item}
        if suffix:
            label, _, locator = suffix.replace("\u00a0", " ").partition(" ")
            entry.update({"locator": locator or label, "label": "page" if label in ("p.", "pp.") else label})
        if manager == "mendeley":
            locator = {key: entry[key] for key in ("locator", "label") if key in entry}
            entry = {"id": f"ITEM-{k + 1}", "itemData": item, "uris": [f"http://www.mendeley.com/documents/?uuid={item['id']}"],
                     **locator}
        cited.append(entry)
    if manager == "zotero":
        body = {"citationID": f"c{number}", "properties": {"formattedCitation": shown, "plainCitation": shown,
                                                           "noteIndex": 0},
                "citationItems": cited, "schema": "https://github.com/citation-style-language/schema/raw/master/csl-citation.json"}
        return " ADDIN ZOTERO_ITEM CSL_CITATION " + json.dumps(body, ensure_ascii=False) + " "
    body = {"citationItems": cited, "mendeley": {"formattedCitation": shown, "plainTextFormattedCitation": shown,
                                                 "previouslyFormattedCitation": shown},
            "properties": {"noteIndex": 0}, "schema": "https://github.com/citation-style-language/schema/raw/master/csl-citation.json"}
    return "ADDIN CSL_CITATION " + json.dumps(body, ensure_ascii=False)


def paragraph_xml(inlines, manager, items, counter):
    out = ""
    text = ""
    for node in inlines:
        if node.get("t") == "Cite":
            out += run(text)
            text = ""
            counter[0] += 1
            shown = inline_text(node["c"][1])
            out += field(citation_instruction(manager, node["c"][0], items, shown, counter[0]), run(shown),
                         pieces=3 if manager == "zotero" else 1)
        else:
            text += inline_text(node)
    return f"<w:p>{out}{run(text)}</w:p>"


def document_xml(manager, ast, items):
    body = []
    counter = [0]
    entries = []
    for block in ast["blocks"]:
        if block["t"] == "Header":
            if inline_text(block["c"][2]) == "References":
                continue
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{run(inline_text(block["c"][2]))}</w:p>')
        elif block["t"] == "Para":
            body.append(paragraph_xml(block["c"], manager, items, counter))
        elif block["t"] == "Div" and block["c"][0][0] == "refs":
            for entry in block["c"][1]:
                entries.append(inline_text(entry["c"][1][0]["c"]))
    body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{run("References")}</w:p>')
    instruction = {"zotero": ' ADDIN ZOTERO_BIBL {"uncited":[],"omitted":[],"custom":[]} CSL_BIBLIOGRAPHY ',
                   "mendeley": "ADDIN Mendeley Bibliography CSL_BIBLIOGRAPHY ",
                   "endnote": " ADDIN EN.REFLIST "}[manager]
    paragraphs = [f'<w:p><w:pPr><w:pStyle w:val="Bibliography"/></w:pPr>{run(text)}</w:p>' for text in entries]
    # The field opens in the first entry's paragraph and closes in the last's.
    first = paragraphs[0].replace("<w:p><w:pPr><w:pStyle w:val=\"Bibliography\"/></w:pPr>",
                                  "<w:p><w:pPr><w:pStyle w:val=\"Bibliography\"/></w:pPr>"
                                  '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                                  f'<w:r><w:instrText xml:space="preserve">{escape(instruction)}</w:instrText></w:r>'
                                  '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', 1)
    paragraphs[0] = first
    paragraphs[-1] = paragraphs[-1].replace("</w:p>", '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    body.extend(paragraphs)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>' +
            "".join(body) + "</w:body></w:document>")


STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
          '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Bibliography"><w:name w:val="Bibliography"/></w:style>'
          '</w:styles>')
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                 '</Types>')
PACKAGE_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                '</Relationships>')
DOCUMENT_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                 '</Relationships>')


def write_docx(path, document):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as docx:
        for name, text in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", PACKAGE_RELS),
                           ("word/_rels/document.xml.rels", DOCUMENT_RELS), ("word/document.xml", document),
                           ("word/styles.xml", STYLES)):
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            docx.writestr(info, text, zipfile.ZIP_DEFLATED)


def main():
    out = pathlib.Path(sys.argv[1])
    sample, works = str(HERE / "sample.md"), str(HERE / "works.yaml")
    items = {item["id"]: item for item in json.loads(pandoc(works, "-s", "-f", "markdown", "-t", "csljson"))}
    ast = json.loads(pandoc(sample, works, "--citeproc", "--csl", STYLE, "-t", "json"))
    for manager in ("zotero", "mendeley", "endnote"):
        write_docx(out / f"{manager}-fields.docx", document_xml(manager, ast, items))


if __name__ == "__main__":
    main()
