#!/usr/bin/env python3
"""Side-by-side benchmark: Sitrep's date resolution against Debian's python3-dateparser.

Reads the hand-resolved gold set (tests/Sitrep.Tests/Golden/dates/fakes-dates.jsonl by default; one JSON
object per line: {"id","text","published","expect":[{"key","values",...}],...}) and

  * dateparser: for every expected expression calls
        dateparser.parse(key, settings={'RELATIVE_BASE': <published, 00:00>, 'PREFER_DATES_FROM': 'past'})
    dateparser returns one datetime (or None). It counts as right only if that day lies inside the expected
    value (a day, a range "A/B", a month "YYYY-MM" or a year "YYYY") and, for a day value, equals that day;
    an expected "None" (a vague expression) is right only if dateparser returns None. Time: time.perf_counter
    around all calls, several repetitions after one untimed warm-up pass, divided by the number of calls.
    A second line repeats this with languages=['en'] (dateparser's cheapest configuration) for fairness.
  * Sitrep: runs `./sitrep dates --input-jsonl FILE` once, scores its output with the rule of
    ../shared/eval/score.py `dates` mode (replicated below), and times it: from a per-document total such as
    "elapsed_ms" when the output carries one, otherwise as (wall time of a run over the file repeated until
    the run takes >= 2 s  -  wall time of a run on a one-line file) / number of expressions in the big run.

Prints both accuracies, both per-expression times and the speed ratio. If Sitrep cannot be run or prints
nothing usable, says so clearly and still prints dateparser's figures. Exit status is always 0 unless the
gold file itself cannot be read (this is a measurement, not a test).
"""
import argparse
import calendar
import datetime as dt
import json
import math
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections import defaultdict

# dateparser 1.1 on Debian 12 emits a PytzUsageWarning on every relative date; it is noise here
warnings.filterwarnings('ignore', module=r'dateparser(\.|$)')

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
DEFAULT_GOLD = os.path.join(ROOT, 'tests', 'Sitrep.Tests', 'Golden', 'dates', 'fakes-dates.jsonl')

WEEKDAYS = r'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'


# ---------------------------------------------------------------- gold ----
def load_gold(path):
    cases = []
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                cases.append(json.loads(line))
            except json.JSONDecodeError as e:
                sys.exit(f'{path}:{n}: not JSON ({e})')
    return cases


def value_interval(v):
    """Expected value -> (first day, last day) inclusive, or None for the string 'None'."""
    if v == 'None':
        return None
    if '/' in v:
        a, b = v.split('/', 1)
        return value_interval(a)[0], value_interval(b)[1]
    if re.fullmatch(r'\d{4}-\d\d-\d\d', v):
        d = dt.date.fromisoformat(v)
        return d, d
    if re.fullmatch(r'\d{4}-\d\d', v):
        y, m = map(int, v.split('-'))
        return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
    if re.fullmatch(r'\d{4}', v):
        y = int(v)
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    raise ValueError(f'unknown value notation: {v!r}')


def is_day(v):
    return bool(re.fullmatch(r'\d{4}-\d\d-\d\d', v))


def category(case, e):
    """Coarse pattern of one expected expression, for the per-pattern breakdown."""
    k, v = e['key'], e['values'][0]
    kl = k.lower()
    pub = case['published']
    if v == 'None':
        return 'vague'
    if 'yesterday' in kl:
        return 'yesterday'
    if re.search(r'days? ago', kl):
        return 'N days ago'
    if 'overnight' in kl:
        return 'overnight'
    if 'mid-' in kl:
        return 'mid-month'
    if re.search(r'\b(this|last) week\b', kl):
        return 'this/last week'
    if re.search(r'\d{1,2}[.-]\d{1,2}[.-]\d{4}', k):
        return 'numeric'
    if re.search(r'\b(day before|previous day|day earlier|day later|in the day|that day|same day|next day|following day)\b', kl):
        return 'narrative'
    if 'today' in kl:
        return 'today'
    if kl.startswith('since'):
        return 'since'
    if re.search(WEEKDAYS, k):
        return 'weekday (future)' if is_day(v) and v > pub else 'weekday (past)'
    if '/' in v:
        return 'range'
    if re.fullmatch(r'\d{4}-\d\d', v):
        return 'month'
    if re.fullmatch(r'\d{4}', v):
        return 'year'
    return 'absolute date'


# ----------------------------------------------------------- dateparser ----
def dateparser_run(cases, reps, languages=None):
    import dateparser  # imported here so that a missing module gives a clear message from main()
    items = []
    for c in cases:
        base = dt.datetime.combine(dt.date.fromisoformat(c['published']), dt.time(0, 0))
        for e in c['expect']:
            items.append((c, e, base))
    kw = {'languages': languages} if languages else {}

    def call(key, base):
        return dateparser.parse(key, settings={'RELATIVE_BASE': base, 'PREFER_DATES_FROM': 'past'}, **kw)

    # untimed pass: accuracy (and warm-up of dateparser's lazily loaded language data)
    right = 0
    per_cat = defaultdict(lambda: [0, 0])
    misses = []
    for c, e, base in items:
        got = call(e['key'], base)
        ok = dp_correct(got, e['values'])
        right += ok
        cat = category(c, e)
        per_cat[cat][0] += ok
        per_cat[cat][1] += 1
        if not ok:
            misses.append((c['id'], e['key'], e['values'][0], got.date().isoformat() if got else None))
    # timed passes
    t0 = time.perf_counter()
    for _ in range(reps):
        for c, e, base in items:
            call(e['key'], base)
    elapsed = time.perf_counter() - t0
    return {'n': len(items), 'right': right, 'per_expr_s': elapsed / max(1, reps * len(items)),
            'per_cat': dict(per_cat), 'misses': misses, 'reps': reps}


def dp_correct(got, values):
    for v in values:
        iv = value_interval(v)
        if iv is None:
            if got is None:
                return True
            continue
        if got is None:
            continue
        d = got.date()
        if is_day(v):
            if d == iv[0]:
                return True
        elif iv[0] <= d <= iv[1]:
            return True
    return False


# --------------------------------------------------------------- sitrep ----
def score_dates(cases, pred):
    """Same rule as ../shared/eval/score.py `dates` mode: a prediction hits an expected key when either text
    contains the other (case-insensitive); the expression is right when any hit's value is an accepted one."""
    n = ok = 0
    per_cat = defaultdict(lambda: [0, 0])
    misses = []
    for c in cases:
        for e in c['expect']:
            n += 1
            hits = [x for x in pred.get(c['id'], [])
                    if e['key'].lower() in (x.get('text') or '').lower()
                    or (x.get('text') or '').lower() in e['key'].lower() and x.get('text')]
            good = any(str(x.get('value')) in e['values'] for x in hits)
            ok += good
            cat = category(c, e)
            per_cat[cat][0] += good
            per_cat[cat][1] += 1
            if not good:
                misses.append((c['id'], e['key'], e['values'][0], [x.get('value') for x in hits]))
    return n, ok, dict(per_cat), misses


def write_docs(cases, path, copies=1):
    with open(path, 'w', encoding='utf-8') as f:
        for k in range(copies):
            for c in cases:
                doc_id = c['id'] if copies == 1 else f"{c['id']}#{k}"
                f.write(json.dumps({'id': doc_id, 'text': c['text'], 'published': c['published']},
                                   ensure_ascii=False) + '\n')


def run_sitrep(sitrep, path, timeout):
    t0 = time.perf_counter()
    p = subprocess.run([sitrep, 'dates', '--input-jsonl', path], cwd=ROOT, capture_output=True, text=True,
                       timeout=timeout)
    return time.perf_counter() - t0, p


def parse_output(stdout):
    pred, totals, bad = {}, [], 0
    for line in stdout.splitlines():
        line = line.strip()
        if not line.startswith('{'):
            continue
        try:
            o = json.loads(line)
        except json.JSONDecodeError:
            bad += 1
            continue
        if 'id' not in o:
            continue
        pred[str(o['id'])] = o.get('expressions') or []
        for k in ('elapsed_ms', 'elapsedMs', 'time_ms', 'timeMs', 'duration_ms', 'durationMs', 'ms'):
            if isinstance(o.get(k), (int, float)):
                totals.append(float(o[k]) / 1000.0)
                break
    return pred, totals, bad


def sitrep_run(cases, sitrep, min_seconds, timeout, log):
    n_expr = sum(len(c['expect']) for c in cases)
    with tempfile.TemporaryDirectory(prefix='sitrep-dates-') as tmp:
        docs = os.path.join(tmp, 'docs.jsonl')
        write_docs(cases, docs)
        if not os.access(sitrep, os.X_OK):
            return {'error': f'{sitrep} is missing or not executable'}
        try:
            _, p = run_sitrep(sitrep, docs, timeout)  # also warms up (the launcher may build first)
        except subprocess.TimeoutExpired:
            return {'error': f'`{sitrep} dates --input-jsonl` did not finish within {timeout} s'}
        except OSError as e:
            return {'error': f'could not start {sitrep}: {e}'}
        if p.returncode != 0:
            tail = (p.stderr or p.stdout or '').strip().splitlines()[-8:]
            return {'error': f'`./sitrep dates --input-jsonl` exited with status {p.returncode}'
                             + ('\n    ' + '\n    '.join(tail) if tail else '')}
        pred, totals, bad = parse_output(p.stdout)
        if not pred:
            tail = (p.stderr or p.stdout or '').strip().splitlines()[-8:]
            return {'error': '`./sitrep dates --input-jsonl` printed no JSON line with an "id"'
                             + ('\n    ' + '\n    '.join(tail) if tail else '')}
        n, ok, per_cat, misses = score_dates(cases, pred)
        res = {'n': n, 'right': ok, 'per_cat': per_cat, 'misses': misses, 'docs_answered': len(pred),
               'bad_lines': bad}
        if totals and len(totals) == len(pred):
            res['per_expr_s'] = sum(totals) / max(1, n_expr)
            res['timing'] = 'sum of the per-document time Sitrep reports itself'
            return res
        # wall-clock method
        one = os.path.join(tmp, 'one.jsonl')
        write_docs(cases[:1], one)
        small = []
        for _ in range(3):
            w, q = run_sitrep(sitrep, one, timeout)
            if q.returncode != 0:
                res['timing_error'] = f'one-line run exited with status {q.returncode}'
                return res
            small.append(w)
        t_small = statistics.median(small)
        # the first run above may have included a build by the launcher: time the whole set afresh
        copies = 1
        t_big, q = run_sitrep(sitrep, docs, timeout)
        big = docs
        # grow the repeated file until one run takes >= min_seconds
        while t_big < min_seconds and copies < 1 << 16:
            per_copy = max(1e-4, (t_big - t_small) / copies)
            want = math.ceil(1.25 * (min_seconds - t_small) / per_copy)
            copies = min(max(copies * 2, want), copies * 64, 1 << 16)
            big = os.path.join(tmp, 'big.jsonl')
            write_docs(cases, big, copies)
            log(f'  sitrep: timing a run over {copies} copies of the set ({copies * len(cases)} documents)…')
            try:
                t_big, q = run_sitrep(sitrep, big, timeout)
            except subprocess.TimeoutExpired:
                res['timing_error'] = f'run over {copies} copies did not finish within {timeout} s'
                return res
            if q.returncode != 0:
                res['timing_error'] = f'run over {copies} copies exited with status {q.returncode}'
                return res
        res['per_expr_s'] = max(0.0, t_big - t_small) / (copies * n_expr)
        res['timing'] = (f'wall clock: ({t_big:.2f} s for {copies} cop{"y" if copies == 1 else "ies"} of the set'
                         f' - {t_small:.2f} s for a one-line file) / {copies * n_expr} expressions')
        return res


# ----------------------------------------------------------------- main ----
def fmt_t(s):
    if s is None:
        return 'n/a'
    if s >= 1e-3:
        return f'{s * 1e3:.3f} ms'
    return f'{s * 1e6:.2f} µs'


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--gold', default=DEFAULT_GOLD)
    ap.add_argument('--sitrep', default=os.path.join(ROOT, 'sitrep'))
    ap.add_argument('--reps', type=int, default=5, help='timed repetitions over all dateparser calls')
    ap.add_argument('--min-seconds', type=float, default=2.0, help='minimum wall time of the big Sitrep run')
    ap.add_argument('--timeout', type=int, default=900, help='seconds allowed for one ./sitrep run')
    ap.add_argument('--no-sitrep', action='store_true', help='only measure dateparser')
    ap.add_argument('--no-en', action='store_true', help="skip the extra languages=['en'] dateparser run")
    ap.add_argument('-v', '--verbose', action='store_true', help='list every miss')
    a = ap.parse_args()

    def log(msg):
        print(msg, file=sys.stderr, flush=True)

    cases = load_gold(a.gold)
    n_expr = sum(len(c['expect']) for c in cases)
    print(f'gold: {os.path.relpath(a.gold, ROOT)}: {len(cases)} sentences, {n_expr} expressions')

    dp = dp_en = None
    try:
        import dateparser
        dp_version = getattr(dateparser, '__version__', '?')
        log('dateparser: measuring…')
        dp = dateparser_run(cases, a.reps)
        if not a.no_en:
            dp_en = dateparser_run(cases, a.reps, languages=['en'])
    except ImportError:
        dp_version = None
        print('dateparser: NOT AVAILABLE (python3-dateparser is not installed; run bench/dates/run.sh)')

    sr = None
    if not a.no_sitrep:
        log('sitrep: running ./sitrep dates --input-jsonl …')
        sr = sitrep_run(cases, a.sitrep, a.min_seconds, a.timeout, log)

    cats = sorted({category(c, e) for c in cases for e in c['expect']})
    print()
    print(f"{'pattern':20} {'n':>4} {'dateparser':>11} {'sitrep':>8}")
    for cat in cats:
        n = sum(1 for c in cases for e in c['expect'] if category(c, e) == cat)
        d = f"{dp['per_cat'].get(cat, [0, 0])[0]}/{n}" if dp else '-'
        s = f"{sr['per_cat'].get(cat, [0, 0])[0]}/{n}" if sr and 'per_cat' in sr else '-'
        print(f'{cat:20} {n:>4} {d:>11} {s:>8}')
    print()

    if a.verbose:
        if dp:
            for m in dp['misses']:
                print(f'  dateparser miss {m[0]} {m[1]!r} want {m[2]} got {m[3]}')
        if sr and 'misses' in sr:
            for m in sr['misses']:
                print(f'  sitrep miss {m[0]} {m[1]!r} want {m[2]} got {m[3]}')
        print()

    if dp:
        print(f"dateparser {dp_version} (Debian python3-dateparser): accuracy {dp['right']}/{dp['n']} "
              f"({dp['right'] / max(1, dp['n']):.3f}), {fmt_t(dp['per_expr_s'])} per expression "
              f"(mean of {dp['reps']} x {dp['n']} calls)")
    if dp_en:
        print(f"dateparser with languages=['en']: accuracy {dp_en['right']}/{dp_en['n']} "
              f"({dp_en['right'] / max(1, dp_en['n']):.3f}), {fmt_t(dp_en['per_expr_s'])} per expression")
    if a.no_sitrep:
        print('sitrep: skipped (--no-sitrep)')
    elif 'error' in sr:
        print('sitrep: COULD NOT BE MEASURED: ' + sr['error'])
    else:
        print(f"sitrep: accuracy {sr['right']}/{sr['n']} ({sr['right'] / max(1, sr['n']):.3f}) "
              f"[score.py dates rule; {sr['docs_answered']}/{len(cases)} documents answered]")
        if 'per_expr_s' in sr:
            print(f"sitrep: {fmt_t(sr['per_expr_s'])} per expression ({sr['timing']})")
        else:
            print('sitrep: time per expression not measured: ' + sr.get('timing_error', 'unknown error'))
        if dp and sr.get('per_expr_s'):
            ratio = dp['per_expr_s'] / sr['per_expr_s']
            line = f'speed ratio (dateparser / sitrep time per expression): {ratio:.1f}x'
            if dp_en:
                line += f"; against dateparser with languages=['en']: {dp_en['per_expr_s'] / sr['per_expr_s']:.1f}x"
            print(line)
        elif dp and 'per_expr_s' in sr:
            print('speed ratio: n/a (Sitrep time per expression measured as 0)')
    return 0


if __name__ == '__main__':
    sys.exit(main())
