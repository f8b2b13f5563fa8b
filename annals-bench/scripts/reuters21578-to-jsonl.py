#!/usr/bin/env python3
"""Reuters-21578 SGML (reut2-NNN.sgm) to Annals JSON Lines, one small file per article, so that
`annals bench --limit N` (which counts input files) takes N articles.

    python3 annals-bench/scripts/reuters21578-to-jsonl.py ../shared/corpus/reuters21578/reut2-000.sgm /tmp/reuters

Articles without a body are skipped. Wrapped lines are joined; a line indented by spaces starts
a new paragraph. The date is the <DATE> element (day precision).
"""
import html
import json
import os
import re
import sys
from datetime import datetime

DOC = re.compile(r'<REUTERS[^>]*NEWID="(\d+)"[^>]*>(.*?)</REUTERS>', re.S)


def field(doc, tag):
    m = re.search(r'<%s>(.*?)</%s>' % (tag, tag), doc, re.S)
    return html.unescape(m.group(1)).strip() if m else None


def paragraphs(body):
    out, cur = [], []
    for line in body.replace('\x03', '').split('\n'):
        if line.startswith(' ') and cur:
            out.append(' '.join(cur))
            cur = []
        if line.strip() and line.strip() != 'Reuter':
            cur.append(line.strip())
    if cur:
        out.append(' '.join(cur))
    return '\n'.join(out)


def main(src, dst):
    os.makedirs(dst, exist_ok=True)
    with open(src, encoding='latin-1') as f:
        data = f.read()
    n = 0
    for newid, doc in DOC.findall(data):
        body = field(doc, 'BODY')
        if not body:
            continue
        date = datetime.strptime(field(doc, 'DATE').split()[0], '%d-%b-%Y').date().isoformat()
        rec = {'url': 'https://reuters21578.example/%s' % newid, 'title': field(doc, 'TITLE') or '',
               'published': date, 'outlet': 'Reuters', 'text': paragraphs(body)}
        with open(os.path.join(dst, 'reuters-%05d.jsonl' % int(newid)), 'w', encoding='utf-8') as out:
            out.write(json.dumps(rec) + '\n')
        n += 1
    print('%d articles written to %s' % (n, dst))


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
