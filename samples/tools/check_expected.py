#!/usr/bin/env python3
"""Consistency check for samples/expected.json (Python 3 standard library only).

For every entry it locates the input document (a whole file, or one record of a
multi-article file) and verifies that:
  * every `boilerplate` string is an exact substring of the document's raw text
    (after character decoding, before entity decoding);
  * every `must_keep` string is a substring of the document after HTML entity
    decoding, and no boilerplate string occurs inside a must_keep string;
  * every part of `published_evidence` (parts joined by " … ") occurs in the raw
    file, and `published` is a YYYY-MM-DD date or null;
  * the file's declared charset really decodes it.
It also prints an approximate word count of each article's body.

Usage: python3 samples/tools/check_expected.py   (exit status 1 on any failure)
"""
import gzip
import html
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent
CONTENT_NS = "{http://purl.org/rss/1.0/modules/content/}encoded"
ATOM = "{http://www.w3.org/2005/Atom}"


def html_charset(raw):
    m = re.search(rb'<meta\s+charset="([^"]+)"', raw[:2048], re.I)
    return m.group(1).decode("ascii") if m else "utf-8"


def warc_responses(raw):
    data = gzip.decompress(raw)
    pos, out = 0, {}
    while pos < len(data):
        hend = data.index(b"\r\n\r\n", pos)
        lines = data[pos:hend].decode("utf-8").split("\r\n")
        head = dict(line.split(": ", 1) for line in lines[1:])
        length = int(head["Content-Length"])
        block = data[hend + 4: hend + 4 + length]
        if len(block) != length:
            raise ValueError("short WARC block")
        if head["WARC-Type"] == "response" and b"text/html" in block.split(b"\r\n\r\n", 1)[0]:
            out[head["WARC-Target-URI"]] = block.split(b"\r\n\r\n", 1)[1].decode("utf-8")
        pos = hend + 4 + length + 4
    return out, data.decode("utf-8", "replace")


def load(entry):
    """Returns (document_raw_text, whole_file_text)."""
    path = SAMPLES / entry["file"]
    raw = path.read_bytes()
    kind = entry["file"].split("/")[0]
    rec = entry.get("record")
    if kind == "txt":
        text = raw.decode("utf-8")
        return text, text
    if kind == "html":
        text = raw.decode(html_charset(raw))
        return text, text
    if kind == "jsonl":
        text = raw.decode("utf-8")
        for line in text.splitlines():
            obj = json.loads(line)
            if obj["url"] == rec:
                return obj.get("text") or obj.get("html"), line
        raise KeyError(rec)
    if kind == "feeds":
        text = raw.decode("utf-8")
        root = ET.fromstring(raw)
        for item in root.iter("item"):
            if item.findtext("link") == rec:
                body = item.findtext(CONTENT_NS) or item.findtext("description")
                return body, text
        for e in root.iter(ATOM + "entry"):
            if e.find(ATOM + "link").get("href") == rec:
                return e.findtext(ATOM + "content"), text
        raise KeyError(rec)
    if kind == "warc":
        pages, whole = warc_responses(raw)
        return pages[rec], pages[rec]
    raise ValueError(kind)


def visible_words(doc):
    doc = re.sub(r"(?s)<(script|style|head)\b.*?</\1>", " ", doc)
    doc = re.sub(r"<[^>]+>", " ", doc)
    return len(html.unescape(doc).split())


def main():
    entries = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
    failures = 0
    for e in entries:
        label = e["file"] + (" :: " + e["record"] if e.get("record") else "")
        problems = []
        try:
            doc, whole = load(e)
        except Exception as exc:  # noqa: BLE001
            print("FAIL", label, "cannot load:", exc)
            failures += 1
            continue
        decoded = html.unescape(doc)
        for b in e["boilerplate"]:
            if b not in doc:
                problems.append("boilerplate not in input: %r" % b)
        for k in e["must_keep"]:
            if k not in decoded:
                problems.append("must_keep not in decoded input: %r" % k)
            for b in e["boilerplate"]:
                if b in k:
                    problems.append("boilerplate %r inside must_keep %r" % (b, k))
        if e["published"] is not None:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", e["published"]):
                problems.append("bad published %r" % e["published"])
            for part in (e["published_evidence"] or "").split(" … "):
                if not part or part not in whole:
                    problems.append("evidence not in file: %r" % part)
        elif e["published_evidence"] is not None:
            problems.append("evidence given but published is null")
        if e["language"] not in ("en", "es"):
            problems.append("language %r" % e["language"])
        status = "FAIL" if problems else "ok  "
        failures += bool(problems)
        print("%s %-70s ~%d words (incl. boilerplate)" % (status, label[:70], visible_words(doc)))
        for p in problems:
            print("     -", p)
    print("%d entries, %d with problems" % (len(entries), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
