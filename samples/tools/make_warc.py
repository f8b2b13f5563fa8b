#!/usr/bin/env python3
"""Builds samples/warc/crawl.warc.gz from the pages in samples/tools/warc-pages/*.html.

Python 3 standard library only. Output is deterministic (fixed dates, name-based
UUIDs, gzip mtime 0), so re-running the script reproduces the same bytes.

Layout of the generated file (each record is its own gzip member, members are
concatenated, as is usual for .warc.gz):

  1. warcinfo
  2. request   for the first page           (readers should skip it)
  3. response  first page, text/html
  4. response  a small PNG logo, image/png   (not HTML: readers must skip it)
  5. response  next page(s), text/html

Usage:  python3 samples/tools/make_warc.py [output-path]
"""
import base64
import gzip
import hashlib
import re
import struct
import sys
import uuid
import zlib
from email.utils import format_datetime
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAGES = HERE / "warc-pages"
DEFAULT_OUT = HERE.parent / "warc" / "crawl.warc.gz"

# Crawl time of each page (the WARC-Date). Deliberately later than the
# articles' own publication dates: WARC-Date is when the page was fetched,
# not when the story was published.
CRAWL_DATES = {
    "biden-putin-geneva-2021.html": "2021-06-17T07:48:02Z",
    "colombia-farc-revised-deal-2016.html": "2016-11-25T04:12:33Z",
}
DEFAULT_CRAWL_DATE = "2020-01-01T00:00:00Z"
CRAWLER = "annals-sample-crawler/1.0 (+https://example.org/annals)"


def record_id(*parts):
    return "<urn:uuid:%s>" % uuid.uuid5(uuid.NAMESPACE_URL, "|".join(parts))


def sha1_digest(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def http_date(iso):
    dt = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return format_datetime(dt, usegmt=True)


def warc_record(headers, block):
    """Returns one gzip member holding a complete WARC record."""
    lines = ["WARC/1.1"]
    for name, value in headers:
        lines.append("%s: %s" % (name, value))
    lines.append("Content-Length: %d" % len(block))
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
    return gzip.compress(head + block + b"\r\n\r\n", compresslevel=9, mtime=0)


def http_response(body, content_type, date, extra=()):
    head = [
        "HTTP/1.1 200 OK",
        "Date: " + http_date(date),
        "Server: nginx",
        "Content-Type: " + content_type,
        "Content-Length: %d" % len(body),
        "Connection: close",
    ]
    head.extend(extra)
    return ("\r\n".join(head) + "\r\n\r\n").encode("ascii") + body


def tiny_png():
    """A valid 16x16 RGBA PNG (solid colour), built with zlib + struct."""
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    width = height = 16
    raw = b"".join(b"\x00" + b"\x1f\x4e\x79\xff" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


def canonical_url(html, fallback):
    m = re.search(r'<link\s+rel="canonical"\s+href="([^"]+)"', html)
    return m.group(1) if m else fallback


def response_records(uri, date, payload, content_type, extra=()):
    block = http_response(payload, content_type, date, extra)
    return warc_record([
        ("WARC-Type", "response"),
        ("WARC-Record-ID", record_id("response", uri, date)),
        ("WARC-Date", date),
        ("WARC-Target-URI", uri),
        ("WARC-IP-Address", "192.0.2.10"),
        ("Content-Type", "application/http; msgtype=response"),
        ("WARC-Block-Digest", sha1_digest(block)),
        ("WARC-Payload-Digest", sha1_digest(payload)),
    ], block)


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    pages = sorted(PAGES.glob("*.html"),
                   key=lambda p: CRAWL_DATES.get(p.name, DEFAULT_CRAWL_DATE))
    if not pages:
        sys.exit("no pages found in %s" % PAGES)

    first_date = CRAWL_DATES.get(pages[0].name, DEFAULT_CRAWL_DATE)
    info = ("software: annals samples/tools/make_warc.py\r\n"
            "format: WARC File Format 1.1\r\n"
            "conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n"
            "description: Sample crawl for the Annals demo and tests. Article text is original, GPL-3.0-or-later.\r\n"
            "robots: obey\r\n").encode("utf-8")
    members = [warc_record([
        ("WARC-Type", "warcinfo"),
        ("WARC-Record-ID", record_id("warcinfo", out.name)),
        ("WARC-Date", first_date),
        ("WARC-Filename", out.name),
        ("Content-Type", "application/warc-fields"),
    ], info)]

    for i, page in enumerate(pages):
        html = page.read_text(encoding="utf-8")
        uri = canonical_url(html, "https://example.org/" + page.stem)
        date = CRAWL_DATES.get(page.name, DEFAULT_CRAWL_DATE)
        host = uri.split("/")[2]
        if i == 0:
            req = ("GET /%s HTTP/1.1\r\nHost: %s\r\nUser-Agent: %s\r\n"
                   "Accept: text/html,application/xhtml+xml\r\n\r\n"
                   % (uri.split("/", 3)[3], host, CRAWLER)).encode("utf-8")
            members.append(warc_record([
                ("WARC-Type", "request"),
                ("WARC-Record-ID", record_id("request", uri, date)),
                ("WARC-Date", date),
                ("WARC-Target-URI", uri),
                ("WARC-Concurrent-To", record_id("response", uri, date)),
                ("Content-Type", "application/http; msgtype=request"),
            ], req))
        members.append(response_records(
            uri, date, html.encode("utf-8"), "text/html; charset=utf-8",
            extra=("Cache-Control: max-age=300", "Vary: Accept-Encoding")))
        if i == 0:
            # A non-HTML response from the same site; an article reader must skip it.
            logo_uri = "https://%s/static/img/logo.png" % host
            members.append(response_records(
                logo_uri, date[:-3] + "35Z", tiny_png(), "image/png",
                extra=("Cache-Control: max-age=86400",)))

    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(b"".join(members))
    print("wrote %s (%d records, %d bytes)" % (out, len(members), out.stat().st_size))


if __name__ == "__main__":
    main()
