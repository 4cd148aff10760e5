#!/usr/bin/env python3
"""Builds samples/fakes-sample.jsonl: FA-KES articles (CC BY 4.0) the demo ingests and maps.

Takes every 13th article of the FA-KES CSV that reads as credible (label 1), keeping its title, outlet and date.
Usage: python3 scripts/build_samples.py [../shared/data/articles/FA-KES-Dataset.csv]
"""
import csv, json, os, sys
from datetime import datetime

src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..', 'shared', 'data', 'articles', 'FA-KES-Dataset.csv')
rows = list(csv.DictReader(open(src, encoding='utf-8', errors='replace')))
out = open(os.path.join(os.path.dirname(__file__), '..', 'samples', 'fakes-sample.jsonl'), 'w', encoding='utf-8')
n = 0
for i, r in enumerate(rows):
    if i % 13 or r.get('labels') != '1':
        continue
    try:
        published = datetime.strptime(r['date'], '%m/%d/%Y').date().isoformat()
    except ValueError:
        published = None
    o = {'id': 'fakes-' + r['unit_id'], 'title': r['article_title'], 'outlet': r['source'], 'text': r['article_content']}
    if published:
        o['published'] = published
    out.write(json.dumps(o, ensure_ascii=False) + '\n')
    n += 1
print(f'{n} articles')
