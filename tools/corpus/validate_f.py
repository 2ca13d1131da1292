#!/usr/bin/env python3
"""Validate writer F's demo articles and shifts file.

Checks: front matter keys and values, ISO dates, file name date = published,
150-350 body words, balanced quotes, and every line of shifts-f.tsv
(existing files, known actor ids, topics, stances, dates matching files).
Usage: python3 tools/corpus/validate_f.py [repo_root]
"""
import csv, datetime, json, os, re, sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..')
CORPUS = os.path.join(ROOT, 'data', 'corpus')
SHIFTS = os.path.join(CORPUS, 'shifts-f.tsv')
KEYS = ['title', 'published', 'source', 'author', 'language']
FIXED = {'source': 'StanceTracker demo desk', 'author': 'StanceTracker editors', 'language': 'en'}
STANCES = {'support', 'open', 'neutral', 'oppose'}

errors = []

def err(msg):
    errors.append(msg)

def parse(path):
    text = open(path, encoding='utf-8').read()
    m = re.match(r'---\n(.*?)\n---\n\n(.*)\Z', text, re.S)
    if not m:
        err(f'{path}: bad front matter block')
        return None, None
    meta = {}
    for line in m.group(1).split('\n'):
        k, _, v = line.partition(': ')
        meta[k] = v
    return meta, m.group(2)

def check_article(name):
    path = os.path.join(CORPUS, name)
    meta, body = parse(path)
    if meta is None:
        return
    if list(meta) != KEYS:
        err(f'{name}: keys {list(meta)} != {KEYS}')
    for k, v in FIXED.items():
        if meta.get(k) != v:
            err(f'{name}: {k} = {meta.get(k)!r}')
    try:
        datetime.date.fromisoformat(meta.get('published', ''))
    except ValueError:
        err(f'{name}: published not ISO')
    if not name.startswith(meta.get('published', '?') + '-'):
        err(f'{name}: file name date != published')
    if not re.fullmatch(r'\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.md', name):
        err(f'{name}: bad file name')
    if not meta.get('title') or ':' in meta['title'] or '"' in meta['title']:
        err(f'{name}: empty title or YAML-unsafe characters')
    words = len(body.split())
    if not 150 <= words <= 350:
        err(f'{name}: {words} words')
    straight, opening, closing = body.count('"'), body.count('\u201c'), body.count('\u201d')
    if straight and (opening or closing):
        err(f'{name}: mixed quote styles')
    if straight % 2 or opening != closing:
        err(f'{name}: unbalanced quotes')
    year = int(name[:4])
    if not 2022 <= year <= 2026:
        err(f'{name}: year out of range')
    return 'curly' if opening else ('straight' if straight else 'none')

def main():
    actors = {a['id'] for a in json.load(open(os.path.join(ROOT, 'data', 'actors.json')))['actors']}
    topics = {t['id'] for t in json.load(open(os.path.join(ROOT, 'data', 'topics.json')))['topics']}
    rows = list(csv.reader(open(SHIFTS, encoding='utf-8'), delimiter='\t'))
    header = ['actor_id', 'country', 'topic', 'from_stance', 'to_stance', 'before_date',
              'after_date', 'before_file', 'after_file', 'note']
    if rows[0] != header:
        err('shifts: bad header')
    mine = set()
    for i, r in enumerate(rows[1:], 2):
        if len(r) != 10:
            err(f'shifts line {i}: {len(r)} columns')
            continue
        a, c, t, fr, to, bd, ad, bf, af, note = r
        if a not in actors: err(f'shifts line {i}: unknown actor {a}')
        if t not in topics: err(f'shifts line {i}: unknown topic {t}')
        if fr not in STANCES or to not in STANCES or fr == to: err(f'shifts line {i}: stances {fr}->{to}')
        if not re.fullmatch(r'[A-Z]{2,4}', c): err(f'shifts line {i}: country {c}')
        if not bd < ad: err(f'shifts line {i}: dates not ordered')
        for d, f in ((bd, bf), (ad, af)):
            if not os.path.exists(os.path.join(CORPUS, f)): err(f'shifts line {i}: missing {f}')
            if not f.startswith(d): err(f'shifts line {i}: {f} does not match {d}')
        if not note.strip(): err(f'shifts line {i}: empty note')
        mine.update([bf, af])
    # articles: every file named in the shifts file plus any file listed on the command line
    names = sorted(set(sys.argv[2:]) | mine) if len(sys.argv) > 2 else None
    if names is None:
        names = sorted(f for f in os.listdir(CORPUS) if f.endswith('.md') and f != 'README.md')
    styles = {}
    for n in names:
        styles[n] = check_article(n)
    print(f'{len(names)} articles checked, {len(rows) - 1} shifts')
    print('quote styles:', {s: list(styles.values()).count(s) for s in set(styles.values())})
    for e in errors:
        print('ERROR', e)
    sys.exit(1 if errors else 0)

if __name__ == '__main__':
    main()
