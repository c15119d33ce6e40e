#!/usr/bin/env python3
"""Writes the hostile documents that bench/hostile.sh measures, into DIR.

Each is small on disk where the attack allows (zip bomb, deep nesting,
entity expansion) and as large as the limits allow where size is the attack
(a 200 MB single line). tests/extract/test_extract_hostile.cpp holds the
same cases at sizes fit for the test suite.
"""
import io
import pathlib
import sys
import zipfile

WORD = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
ODF = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0'
TEXT_NS = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0'
DEEP = 100_000


DOCUMENT = (f'<?xml version="1.0"?><w:document xmlns:w="{WORD}"><w:body><w:p><w:r><w:t>One.</w:t></w:r>'
            '<w:r><w:endnoteReference w:id="1"/></w:r></w:p></w:body></w:document>')


def docx(endnotes: str, extra=(), write_document=None) -> bytes:
    """A minimal valid DOCX; write_document(zip) may write word/document.xml itself."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr('word/_rels/document.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/></Relationships>')
        if write_document:
            write_document(z)
        else:
            z.writestr('word/document.xml', DOCUMENT)
        z.writestr('word/endnotes.xml', endnotes)
        for name, content in extra:
            z.writestr(name, content)
    return out.getvalue()


def endnotes(inner: str, doctype: str = '') -> str:
    return (f'<?xml version="1.0"?>{doctype}<w:endnotes xmlns:w="{WORD}"><w:endnote w:id="1">'
            f'<w:p><w:r><w:t>{inner}</w:t></w:r></w:p></w:endnote></w:endnotes>')


def odt(content: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('mimetype', 'application/vnd.oasis.opendocument.text', compress_type=zipfile.ZIP_STORED)
        z.writestr('content.xml', content)
    return out.getvalue()


def zip_bomb() -> bytes:
    """A DOCX whose document.xml inflates to 1 GiB (spaces after the body) from about 1 MB."""
    def write_document(z):
        with z.open('word/document.xml', 'w', force_zip64=True) as member:
            member.write(DOCUMENT.encode())
            chunk = b' ' * (1 << 20)
            for _ in range(1024):
                member.write(chunk)
    return docx(endnotes('Doe 2001.'), write_document=write_document)


def billion_laughs(root: str) -> str:
    entities = '<!ENTITY lol "lol">' + ''.join(
        f'<!ENTITY lol{i} "' + f'&lol{i - 1 if i > 1 else ""};' * 10 + '">' for i in range(1, 10))
    return f'<!DOCTYPE {root} [{entities}]>'


def cases():
    note = 'Doe, Jane. A Title. Oxford: Press, 2001.'
    yield 'zip-bomb.docx', zip_bomb()
    yield 'entries-20000.docx', docx(endnotes(note), [(f'junk/{i}.xml', 'x') for i in range(20_000)])
    yield 'entries-9990.docx', docx(endnotes(note), [(f'junk/{i}.xml', 'x') for i in range(9_990)])
    yield 'traversal.docx', docx(endnotes(note), [('../../etc/evil.xml', 'x')])
    yield 'deep.docx', docx(f'<?xml version="1.0"?><w:endnotes xmlns:w="{WORD}"><w:endnote w:id="1">'
                            + '<w:r>' * DEEP + '</w:r>' * DEEP + '</w:endnote></w:endnotes>')
    yield 'deep.odt', odt(f'<?xml version="1.0"?><office:document-content xmlns:office="{ODF}" xmlns:text="{TEXT_NS}">'
                          + '<text:span>' * DEEP + '</text:span>' * DEEP + '</office:document-content>')
    yield 'deep.jats.xml', ('<?xml version="1.0"?><article dtd-version="1.2"><front/><back>' + '<sec>' * DEEP
                            + '</sec>' * DEEP + '</back></article>').encode()
    yield 'deep.html', ('<html><body>' + '<div>' * DEEP + '</body></html>').encode()
    yield 'deep-unmatched-end-tags.html', ('<html><body>' + '<div></span>' * DEEP + '</body></html>').encode()
    yield 'deep-in-comment-trick.html', ('<html><body><!-->' + '<div>' * DEEP + '--></body></html>').encode()
    yield 'flat-3m-elements.html', ('<html><body>' + '<b>x</b>' * 3_000_000 + '</body></html>').encode()
    yield 'flat-15m-elements.jats.xml', ('<?xml version="1.0"?><article dtd-version="1.2"><front/><body>' + '<p/>' * 15_000_000
                                          + '</body></article>').encode()
    yield 'deep.md', ('>' * DEEP + ' Text.[^1]\n\n[^1]: ' + note + '\n').encode()
    yield 'laughs.docx', docx(endnotes('&lol9; ' + note, billion_laughs('w:endnotes')))
    yield 'laughs.jats.xml', ('<?xml version="1.0"?>' + billion_laughs('article') + '<article dtd-version="1.2"><front/><back><ref-list>'
                              '<ref id="r1"><mixed-citation>&lol9; ' + note + '</mixed-citation></ref></ref-list></back></article>').encode()
    yield 'line-200mb.txt', ('Text.[1] ' + 'word ' * (40_000_000) + '\n\nNotes\n\n1. ' + note + '\n').encode()
    yield 'brackets.txt', ('Text.[1]\n\nNotes\n\n1. ' + '[' * 1_000_000 + ' ' + note + '\n').encode()
    yield 'brackets-word.txt', ('Text.[endnoteRef:1]\n\n[1: ' + '[' * 1_000_000 + ' ' + note + ']\n').encode()
    yield 'brackets.md', ('Text.[^1]\n\n[^1]: ' + '[' * 1_000_000 + ' ' + note + '\n').encode()
    yield 'unclosed-bodies.txt', ('Text.[endnoteRef:1]\n' + ''.join(f'[{i}: Doe {i}\n' for i in range(1, 100_001))).encode()
    yield 'notes-without-markers.txt', ('Text.\n\nNotes\n\n' + ''.join(f'{i}. Doe, J. Title {i}. 2001.\n' for i in range(1, 10_000))).encode()


if __name__ == '__main__':
    out = pathlib.Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for name, content in cases():
        (out / name).write_bytes(content)
