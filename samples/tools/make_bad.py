#!/usr/bin/env python3
"""Regenerates the deliberately broken inputs in samples/bad/ (stdlib only).

Run make_warc.py first: truncated.warc.gz is cut from warc/crawl.warc.gz.
"""
import json
import random
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent
BAD = SAMPLES / "bad"


def main():
    BAD.mkdir(parents=True, exist_ok=True)

    # 1. Zero-byte file.
    (BAD / "empty.txt").write_bytes(b"")

    # 2. Binary data with a .txt name: a PNG signature and IHDR start, then noise.
    rng = random.Random(20240229)
    png_head = (b"\x89PNG\r\n\x1a\n" b"\x00\x00\x00\rIHDR"
                b"\x00\x00\x01\x00\x00\x00\x00\xc8\x08\x06\x00\x00\x00")
    (BAD / "binary.txt").write_bytes(png_head + bytes(rng.randrange(256) for _ in range(360)))

    # 3. JSON Lines: one good record, one malformed line, one record with neither text nor html.
    good = {
        "url": "https://meridianwire.example/world/2023/04/04/finland-joins-nato",
        "title": "Finland becomes NATO's 31st member",
        "published": "2023-04-04",
        "outlet": "Meridian Wire",
        "text": ("Finland formally joined NATO on Tuesday, becoming the alliance's 31st member "
                 "and more than doubling the alliance's land border with Russia. Foreign Minister Pekka "
                 "Haavisto handed Finland's accession documents to U.S. Secretary of State "
                 "Antony Blinken at NATO headquarters in Brussels, and the Finnish flag was "
                 "raised outside the building. Moscow said it would take countermeasures."),
    }
    malformed = ('{"url": "https://meridianwire.example/world/2023/04/05/broken", '
                 '"title": "Truncated record", "published": "2023-04-05", "text": "Sweden\'s bid')
    no_body = {
        "url": "https://meridianwire.example/world/2024/03/07/sweden-joins-nato",
        "title": "Sweden becomes NATO's 32nd member",
        "published": "2024-03-07",
        "outlet": "Meridian Wire",
    }
    with open(BAD / "broken.jsonl", "w", encoding="utf-8") as f:
        f.write(json.dumps(good) + "\n")
        f.write(malformed + "\n")
        f.write(json.dumps(no_body) + "\n")

    # 4. A page that is nothing but navigation and chrome.
    (BAD / "nav-only.html").write_text("""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>World | Meridian Wire</title>
<meta property="og:site_name" content="Meridian Wire">
</head>
<body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
<header>
  <a href="/" class="logo">Meridian Wire</a>
  <nav>
    <ul>
      <li><a href="/world">World</a></li>
      <li><a href="/americas">Americas</a></li>
      <li><a href="/europe">Europe</a></li>
      <li><a href="/africa">Africa</a></li>
      <li><a href="/middle-east">Middle East</a></li>
      <li><a href="/asia-pacific">Asia Pacific</a></li>
      <li><a href="/markets">Markets</a></li>
      <li><a href="/video">Video</a></li>
    </ul>
  </nav>
</header>
<div class="ad-slot">Advertisement</div>
<div class="section-index">
  <h2>Latest</h2>
  <ul>
    <li><a href="/world/a">Live: summit updates</a></li>
    <li><a href="/world/b">Markets open higher</a></li>
    <li><a href="/world/c">Weather warnings issued</a></li>
  </ul>
</div>
<footer>
  <a href="/about">About</a> | <a href="/contact">Contact</a> | <a href="/terms">Terms</a> | <a href="/privacy">Privacy</a>
  <p>&copy; Meridian Wire</p>
</footer>
</body>
</html>
""", encoding="utf-8")

    # 5. A WARC cut off part-way through (first ~60% of the bytes).
    warc = (SAMPLES / "warc" / "crawl.warc.gz").read_bytes()
    (BAD / "truncated.warc.gz").write_bytes(warc[: int(len(warc) * 0.6)])

    # 6. English text in ISO-8859-1 instead of UTF-8.
    latin1 = ("Lula visits Bogotá for talks with Petro\n\n"
              "Brazilian President Luiz Inácio Lula da Silva arrived in Bogotá for a "
              "state visit to Colombia, where he was due to hold talks with President Gustavo "
              "Petro on trade, the protection of the Amazon and the political situation in "
              "Venezuela. Lula, who began his political career as a union leader in the "
              "industrial suburbs of São Paulo, said the two countries should work together more "
              "closely on regional issues.\n")
    (BAD / "latin1.txt").write_bytes(latin1.encode("iso-8859-1"))

    for p in sorted(BAD.iterdir()):
        print("%-20s %6d bytes" % (p.name, p.stat().st_size))


if __name__ == "__main__":
    main()
