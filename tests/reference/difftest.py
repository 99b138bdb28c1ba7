"""Differential test: random frameworks and evidence files, scored by par-score and by
the independent reference implementation ref_score.py; the ranking CSVs (and exit
statuses) must be identical.

Usage: difftest.py PAR_SCORE_BINARY [N_SEEDS]
"""
import random, shutil, subprocess, sys, os, unicodedata, tempfile
from decimal import Decimal

PAR = sys.argv[1]
REF = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'ref_score.py')

def q(x): return Decimal(x).quantize(Decimal('0.0001')).normalize()

def gen(seed):
    r = random.Random(seed)
    dp = r.choice([0, 1, 2, 2, 2, 3])
    step = r.choice([Decimal('0.25'), Decimal('0.5'), Decimal('0.125'), Decimal('0.1')])
    lines = ['[framework]', f'id = "rand-{seed}"', 'title = "T"', 'year = 2024', f'decimals = {dp}']
    if r.random() < 0.2: lines.append('cap_index = false')
    grades = [("Xuất sắc", 90), ("Tốt", 80), ("Khá", 70), ("Trung bình", 50), ("Yếu", 0)]
    if r.random() < 0.3: grades = grades[1:-1]
    for n, m in grades:
        lines += ['[[grade]]', f'name = "{n}"', f'min_index = {m}']
    leaves = []
    nareas = r.randint(1, 5)
    for a in range(1, nareas + 1):
        lines += ['[[area]]', f'id = "{a}"', f'name = "Lĩnh vực {a}"']
    crit = []
    for a in range(1, nareas + 1):
        for c in range(1, r.randint(1, 4) + 1):
            cid = f'{a}.{c}'
            if r.random() < 0.4:
                kids = []
                for k in range(1, r.randint(2, 3) + 1):
                    kids.append(f'{cid}.{k}')
                crit.append((cid, None, kids))
                for k in kids: crit.append((k, 'leaf', None))
            else:
                crit.append((cid, 'leaf', None))
    out = []
    leafspec = {}
    maxes = {}
    for cid, kind, kids in crit:
        if kind == 'leaf':
            mx = step * r.randint(1, 12)
            maxes[cid] = mx
            rk = r.choice(['check', 'tiers', 'tiersl', 'ratio', 'deadline', 'deduct', 'choice', 'manual'])
            if rk == 'check': rule = '{ kind = "check" }'
            elif rk == 'tiers':
                t = sorted(r.sample(range(0, 101), 3), reverse=True)
                p = [mx, q(mx/2), q(mx/4)]
                rule = '{ kind = "tiers", percent = true, tiers = [' + ', '.join(f'[{a}, {b}]' for a, b in zip(t, p)) + '] }'
            elif rk == 'tiersl':
                t = sorted(r.sample(range(0, 20), 2))
                rule = f'{{ kind = "tiers", better = "lower", tiers = [[{t[0]}, {mx}], [{t[1]}, {q(mx/2)}]] }}'
            elif rk == 'ratio':
                tg = r.choice([100, 80, 90, 60, 7])
                fl = f', floor = {r.randint(0, tg)}' if r.random() < 0.4 else ''
                pc = ', percent = true' if tg <= 100 and r.random() < 0.5 else ''
                rule = f'{{ kind = "ratio", target = {tg}{fl}{pc} }}'
            elif rk == 'deadline':
                rule = f'{{ kind = "deadline", due = "2024-{r.randint(1,12):02d}-15", late = {q(mx/2)} }}'
            elif rk == 'deduct':
                rule = f'{{ kind = "deduct", per = {r.choice(["0.25","0.5","1","0.3"])} }}'
            elif rk == 'choice':
                rule = f'{{ kind = "choice", options = {{ "Hoàn thành" = {mx}, "Hoàn thành một phần" = {q(mx/3)}, "Không hoàn thành" = 0 }} }}'
            else:
                rule = f'{{ kind = "manual", step = {step} }}'
            opt = r.random() < 0.25
            ev = r.random() < 0.25
            surv = r.random() < 0.15
            out += ['[[criterion]]', f'id = "{cid}"', f'name = "Tiêu chí {cid}"', f'max = {mx}', f'rule = {rule}']
            if opt: out.append('optional = true')
            if ev: out.append('evidence_required = true')
            if surv: out.append('source = "survey"')
            leafspec[cid] = (rk, mx, opt)
        else:
            out += ['[[criterion]]', f'id = "{cid}"', f'name = "Tiêu chí {cid}"']
            if r.random() < 0.5:
                out.append(f'max = {sum(maxes.get(k, 0) for k in kids) if all(k in maxes for k in kids) else None}')
                if out[-1].endswith('None'): out.pop()
    lines += out
    # parents max after leaves known: recompute properly
    lines2 = []
    for ln in lines: lines2.append(ln)
    lines += ['[[adjustment]]', 'id = "T1"', 'name = "Thưởng"', 'kind = "bonus"', f'per = {r.choice(["0.5","0.25","1"])}', f'cap = {r.choice(["1","2","3"])}']
    lines += ['[[adjustment]]', 'id = "P1"', 'name = "Trừ"', 'kind = "penalty"', f'per = {r.choice(["0.5","1","2"])}', f'cap = {r.choice(["1","2","5"])}']
    toml = '\n'.join(lines) + '\n'
    # evidence
    units = ['Sở Tư pháp', 'Sở Y tế', 'UBND xã Tân Hưng Đông', 'UBND huyện Đầm Dơi', 'Ban Quản lý Khu kinh tế', 'Sở Nội vụ'][:r.randint(2, 6)]
    def numtext(v):
        s = str(v)
        f = r.random()
        if f < 0.3: s = s.replace('.', ',')
        if f > 0.85: s = s + '%'
        return s
    rows = []
    for u in units:
        for cid, (rk, mx, opt) in leafspec.items():
            if r.random() < 0.08: continue
            name = u
            if r.random() < 0.2: name = unicodedata.normalize('NFD', u)
            if r.random() < 0.15: name = '  ' + name.replace(' ', '  ') + ' '
            val = ''
            if opt and r.random() < 0.2: val = r.choice(['N/A', 'KAD', 'không áp dụng', 'n/a', 'Không Áp Dụng'])
            elif r.random() < 0.05: val = ''
            elif rk == 'check': val = r.choice(['có', 'không', 'x', 'Đạt', 'KHÔNG ĐẠT', 'yes', '0', '1', 'TRUE'])
            elif rk in ('tiers',): val = numtext(Decimal(r.randint(0, 10000)) / 100)
            elif rk == 'tiersl': val = numtext(r.randint(0, 25))
            elif rk == 'ratio': val = numtext(Decimal(r.randint(0, 10000)) / 100)
            elif rk == 'deadline':
                d, m = r.randint(1, 28), r.randint(1, 12)
                val = r.choice([f'{d:02d}/{m:02d}/2024', f'{d}/{m}/2024', f'2024-{m:02d}-{d:02d}', f'{d:02d}-{m:02d}-2024'])
            elif rk == 'deduct': val = str(r.randint(0, 8))
            elif rk == 'choice': val = r.choice(['Hoàn thành', 'hoàn thành một phần', ' KHÔNG HOÀN THÀNH ', 'Hoàn Thành'])
            selfs = ''
            if rk == 'manual' or r.random() < 0.5:
                selfs = numtext(step * r.randint(0, int(mx / step)))
            appr = ''
            if val not in ('N/A', 'KAD', 'không áp dụng', 'n/a', 'Không Áp Dụng') and r.random() < 0.1:
                appr = numtext(step * r.randint(0, int(mx / step)))
            evid = 'VB số 1' if r.random() < 0.7 else ''
            rows.append([name, cid, val, selfs, appr, evid, ''])
        for adj in ('T1', 'P1'):
            if r.random() < 0.5:
                rows.append([u, adj, str(r.randint(0, 5)), '', '', '', ''])
    r.shuffle(rows)
    return toml, rows

def write_csv(path, rows, sep, bom):
    import csv, io
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator='\n')
    w.writerow(['unit', 'criterion', 'value', 'self_score', 'appraised', 'evidence', 'note'])
    for row in rows: w.writerow(row)
    data = buf.getvalue().encode('utf-8')
    open(path, 'wb').write((b'\xef\xbb\xbf' if bom else b'') + data)

bad = 0
n = int(sys.argv[2]) if len(sys.argv) > 2 else 100
for seed in range(n):
    toml, rows = gen(seed)
    d = tempfile.mkdtemp(prefix='par-difftest-')
    open(f'{d}/c.toml', 'w').write(toml)
    half = len(rows) // 2
    write_csv(f'{d}/e1.csv', rows[:half], ',', False)
    write_csv(f'{d}/e2.csv', rows[half:], ';', True)
    a = subprocess.run([PAR, 'rank', '--criteria', f'{d}/c.toml', '--format', 'csv', f'{d}/e1.csv', f'{d}/e2.csv'], capture_output=True, text=True)
    b = subprocess.run(['python3', REF, f'{d}/c.toml', f'{d}/e1.csv', f'{d}/e2.csv'], capture_output=True, text=True)
    if (a.returncode, a.stdout) != (b.returncode, b.stdout):
        bad += 1
        print(f'--- seed {seed} dir {d}: par rc={a.returncode} ref rc={b.returncode}')
        print('PAR:', a.stdout[:600], a.stderr[:600])
        print('REF:', b.stdout[:600], b.stderr[:600])
        if bad > 5: break
    else:
        shutil.rmtree(d)
print('mismatches', bad, 'of', n)
sys.exit(1 if bad else 0)
