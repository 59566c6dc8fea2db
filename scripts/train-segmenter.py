#!/usr/bin/env python3
"""Trains marsad's clitic segmenter (data/segment/): word counts plus a handful of scores.

Steps (all offline, deterministic):
  count  SAUDINEWSNET_DIR             -> data/segment/word_counts.tsv
         Counts the Arabic word forms of SaudiNewsNet (titles and contents), in the
         segmenter's matching form (segmenter_key below, SegmenterKey in src/text/segmenter.cc).
  tune   PUD.conllu                   -> data/segment/model.tsv
         Coordinate descent over the affix biases and smoothing, scored on the FIRST HALF of the
         sentences of the given UD Arabic-PUD file only (the second half is reported, not used).
  eval   PUD.conllu                   prints the scores of data/segment/model.tsv on both halves.
  decide                              -> data/segment/decisions.tsv
         The segmentations of the most frequent word forms (`decided_words` in model.tsv), so
         that the C++ segmenter reads them at load instead of scoring them. Rerun it after
         `count` or `tune` (`tune` runs it itself); src/text/segmenter_test.cc checks that the
         file agrees with the C++ scoring.

Usage:
  scripts/train-segmenter.py count ../shared/data/corpus/saudinewsnet
  scripts/train-segmenter.py tune ../shared/data/segmentation/ar_pud-dev-half.conllu
  scripts/train-segmenter.py decide
The C++ segmenter scores candidate splits exactly as `segment` does here.
"""
import collections
import glob
import json
import math
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, '..', 'data', 'segment')
COUNTS = os.path.join(OUT_DIR, 'word_counts.tsv')
MODEL = os.path.join(OUT_DIR, 'model.tsv')
DECISIONS = os.path.join(OUT_DIR, 'decisions.tsv')

_FOLD = {'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ؤ': 'و', 'ئ': 'ي', 'ى': 'ي'}
_DROP = set(chr(c) for c in range(0x064B, 0x0653)) | {'\u0670', '\u0640'}
WORD = re.compile('[\u0621-\u063a\u0641-\u0652\u0670\u0671\u0640]+')


def segmenter_key(word):
    """Diacritics, superscript alef, tatweel dropped; hamza forms and alef maqsura folded;
    teh marbuta kept (it is not the pronoun ه)."""
    return ''.join(_FOLD.get(ch, ch) for ch in word if ch not in _DROP)


# ---------------------------------------------------------------------------------------------
# count

def count(src):
    counts = collections.Counter()
    for path in sorted(glob.glob(os.path.join(src, '*.zip'))):
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                for article in json.loads(z.read(name).decode('utf-8')):
                    for field in ('title', 'content'):
                        for m in WORD.finditer(article.get(field) or ''):
                            key = segmenter_key(m.group(0))
                            if key:
                                counts[key] += 1
    with open(COUNTS, 'w', encoding='utf-8') as f:
        for word, n in sorted(counts.items(), key=lambda x: (-x[1], x[0])):
            f.write(f'{word}\t{n}\n')


# ---------------------------------------------------------------------------------------------
# the model (mirrors src/text/segmenter.cc)

INITIAL = {
    'prefix': {'و': [-0.5], 'ف': [-1.5], 'ب': [-0.8, -2], 'ل': [-0.8, -1], 'ك': [-2.5, -3],
               'س': [-1.0]},
    'suffix': {'ني': -1.0, 'ه': -0.5, 'ها': -0.3, 'هم': -0.7, 'هما': -0.7, 'هن': -1.5, 'ك': -2.5,
               'كم': -1.5, 'كن': -3, 'ي': -4, 'نا': -1.5},
    'smoothing': 0.5, 'noun_fraction': 0.05, 'min_stem_count': 0, 'article_weight': 0,
}
# Fixed by Arabic grammar, not tuned: prepositions written with a bare pronoun, and function
# words whose first letters only look like clitics.
PRONOUN_HOSTS = {'ب': 'ه ها هم هما هن ك كم كن نا'.split(),
                 'ل': 'ه ها هم هما هن ك كم كن نا ي'.split()}
NEVER_SPLIT = 'كما لما لكن لكي بل ولكن فقط واحد واحدة'.split()


class Model:
    def __init__(self, params, counts):
        self.p = params
        self.counts = counts
        self.stacks = []
        for c in ['', 'و', 'ف']:
            for x in ['', 'ب', 'ل', 'ك', 'س']:
                if c + x:
                    self.stacks.append(c + x)

    def cnt(self, w):
        return self.counts.get(w, 0)

    def stem_count(self, p, s, q):
        if p and p[-1] == 'ل' and s.startswith('ل'):
            best = self.cnt('ا' + s)  # لل → ل + ال
        else:
            best = self.cnt(s)
        if q:
            if s.endswith('ت'):
                best = max(best, self.cnt(s[:-1] + 'ة'))
            if s.endswith('و'):
                best = max(best, self.cnt(s + 'ا'))
            if s.endswith('ا'):
                best = max(best, self.cnt(s[:-1] + 'ي'))
        return best

    def noun_like(self, s):
        if s.startswith('ال') or s.startswith('ل') or s.endswith('ة'):
            return True
        with_article = self.cnt('ال' + s)
        return with_article > 0 and with_article >= self.p['noun_fraction'] * self.cnt(s)

    def prefix_bias(self, p, s):
        bias = 0.0
        for x in p:
            b = self.p['prefix'][x]
            if len(b) > 1 and b[1] != b[0]:
                bias += b[0] if self.noun_like(s) else b[1]
            else:
                bias += b[0]
        return bias

    def cuts(self, k):
        if k in NEVER_SPLIT or len(k) < 2:
            return []
        for conj in ('', 'و', 'ف'):
            if conj and not k.startswith(conj):
                continue
            if len(k) < len(conj) + 2:
                continue
            host, rest = k[len(conj)], k[len(conj) + 1:]
            if host in PRONOUN_HOSTS and rest in PRONOUN_HOSTS[host]:
                return ([1] if conj else []) + [len(conj) + 1]
        n = len(k)
        smoothing = self.p['smoothing']
        # A word that itself takes the article (البحر) does not start with a clitic (بحر).
        whole = self.cnt(k) + self.p['article_weight'] * self.cnt('ال' + k)
        best, cuts = math.log(whole + smoothing), []
        suffixes = list(self.p['suffix'].items()) + [('', 0.0)]
        for p in [''] + self.stacks:
            if not k.startswith(p):
                continue
            for q, bq in suffixes:
                if (not p and not q) or not k.endswith(q) or len(p) + len(q) + 2 > n:
                    continue
                s = k[len(p):n - len(q)]
                if q and s != 'الي' and (s.startswith('ال') or (p.endswith('ل') and s.startswith('ل'))):
                    continue
                if 'س' in p and (p[-1] != 'س' or s[0] not in 'يتنا'):
                    continue
                c = self.stem_count(p, s, q)
                if c < self.p['min_stem_count']:
                    continue
                score = math.log(c + smoothing) + self.prefix_bias(p, s) + bq
                if score > best:
                    best = score
                    cuts = list(range(1, len(p) + 1)) + ([n - len(q)] if q else [])
        return cuts

    def segment(self, word):
        key, where = '', []
        for i, ch in enumerate(word):
            kc = segmenter_key(ch)
            if kc:
                key += kc
                where.append(i)
        where.append(len(word))
        if not key or not WORD.fullmatch(word):
            return [word]
        parts, prev = [], 0
        for c in self.cuts(key):
            parts.append(word[prev:where[c]])
            prev = where[c]
        parts.append(word[prev:])
        return parts


def load_counts():
    """The word counts, in the file's order (most frequent first)."""
    counts = {}
    with open(COUNTS, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#'):
                continue
            w, c = line.rstrip('\n').split('\t')
            counts[w] = int(c)
    return counts

DECIDED_WORDS = 150000


def write_model(params):
    lines = ['# Clitic segmenter parameters (data/segment/README.md); written by',
             '# scripts/train-segmenter.py tune. prefix <letter> <bias> [<bias before a word that',
             '# is not noun-like>]; suffix <pronoun> <bias>; the rest is fixed by grammar.']
    for x, b in params['prefix'].items():
        lines.append('prefix\t' + x + '\t' + '\t'.join(str(v) for v in b))
    for q, b in params['suffix'].items():
        lines.append(f'suffix\t{q}\t{b}')
    for host, pronouns in PRONOUN_HOSTS.items():
        lines.append(f'pronoun_host\t{host}\t' + ' '.join(pronouns))
    lines.append('never_split\t' + ' '.join(NEVER_SPLIT))
    for name in ('smoothing', 'noun_fraction', 'min_stem_count', 'article_weight'):
        lines.append(f'{name}\t{params[name]}')
    # Not tuned: how many of the most frequent words `decide` writes to decisions.tsv (a
    # speed/size trade-off of src/text/segmenter.cc; it does not change any result).
    lines.append(f"decided_words\t{params.get('decided_words', DECIDED_WORDS)}")
    with open(MODEL, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


def read_model():
    params = {'prefix': {}, 'suffix': {}}
    with open(MODEL, encoding='utf-8') as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            cols = line.rstrip('\n').split('\t')
            if cols[0] == 'prefix':
                params['prefix'][cols[1]] = [float(v) for v in cols[2:]]
            elif cols[0] == 'suffix':
                params['suffix'][cols[1]] = float(cols[2])
            elif cols[0] in ('smoothing', 'noun_fraction', 'min_stem_count', 'article_weight'):
                params[cols[0]] = float(cols[1])
            elif cols[0] == 'decided_words':
                params['decided_words'] = int(cols[1])
    return params


# ---------------------------------------------------------------------------------------------
# scoring on CoNLL-U (gold tokens as in src/text/segmentation_scorer.h, without the tokenizer)

def read_conllu(path):
    sentences, cur = [], None
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.startswith('# text = '):
                cur = []
                sentences.append(cur)
            elif line and not line.startswith('#'):
                c = line.split('\t')
                if '-' in c[0] or '.' in c[0]:
                    continue
                cur.append((c[1], c[3] in ('PUNCT', 'SYM'), 'SpaceAfter=No' in c[9]))
    return sentences


def gold_tokens(words):
    tokens, cur = [], []
    for form, alone, joined in words:
        if alone:
            if cur:
                tokens.append(cur)
                cur = []
            tokens.append([form])
            continue
        cur.append(form)
        if not joined:
            tokens.append(cur)
            cur = []
    if cur:
        tokens.append(cur)
    return tokens


def score(model, sentences):
    right = total = matched = n_gold = n_pred = 0
    for words in sentences:
        for forms in gold_tokens(words):
            pred = model.segment(''.join(forms)) if len(forms) > 1 or WORD.fullmatch(forms[0]) else forms
            total += 1
            right += pred == forms

            def spans(parts):
                out, o = set(), 0
                for x in parts:
                    out.add((o, o + len(x)))
                    o += len(x)
                return out
            matched += len(spans(forms) & spans(pred))
            n_gold += len(forms)
            n_pred += len(pred)
    p, r = matched / n_pred, matched / n_gold
    return right / total, p, r, 2 * p * r / (p + r)


def tune(path):
    sentences = read_conllu(path)
    first = sentences[:len(sentences) // 2]
    params = json.loads(json.dumps(INITIAL))
    counts = load_counts()

    def objective():
        acc, _, _, f1 = score(Model(params, counts), first)
        return acc + f1
    best = objective()
    grid = [-5, -4, -3, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 3, 4]
    for _ in range(2):
        for group in ('prefix', 'suffix'):
            for key in list(params[group]):
                slots = range(len(params[group][key])) if group == 'prefix' else [None]
                for slot in slots:
                    for v in grid:
                        old = json.dumps(params)
                        if slot is None:
                            params[group][key] = v
                        else:
                            params[group][key][slot] = v
                        value = objective()
                        if value > best + 1e-9:
                            best = value
                        else:
                            params = json.loads(old)
        for name, values in (('smoothing', [0.1, 0.5, 1, 2, 5]),
                             ('min_stem_count', [0, 1, 2, 5]),
                             ('article_weight', [0, 0.5, 1, 2, 5, 10, 20]),
                             ('noun_fraction', [0.01, 0.02, 0.05, 0.1, 0.2])):
            for v in values:
                old = params[name]
                params[name] = v
                value = objective()
                if value > best + 1e-9:
                    best = value
                else:
                    params[name] = old
        print('round done', best, file=sys.stderr)
    write_model(params)
    evaluate(path)
    decide()


def evaluate(path):
    sentences = read_conllu(path)
    half = len(sentences) // 2
    model = Model(read_model(), load_counts())
    for name, part in (('first half (tuning)', sentences[:half]),
                       ('second half (held out)', sentences[half:])):
        acc, p, r, f1 = score(model, part)
        print(f'{name}: token accuracy {acc:.4f}  word P {p:.4f} R {r:.4f} F1 {f1:.4f}')


# ---------------------------------------------------------------------------------------------
# decide

def decide():
    """Writes the segmentation of the `decided_words` most frequent forms, one a line, its
    segments joined by '+' (و+قال; a form left whole is written as it is). Forms of one letter
    and forms with more than two cuts are left out: the C++ segmenter scores those itself."""
    params = read_model()
    limit = params.get('decided_words', DECIDED_WORDS)
    counts = load_counts()
    model = Model(params, counts)
    lines = ['# The segmentations of the most frequent word forms of word_counts.tsv (decided_words',
             '# in model.tsv), segments joined by +; written by scripts/train-segmenter.py decide',
             '# (data/segment/README.md). Do not edit: rerun it after changing the model or counts.']
    for rank, word in enumerate(counts):
        if rank >= limit:
            break
        if len(word) < 2:
            continue
        cuts = model.cuts(word)
        if len(cuts) > 2:
            continue
        parts, prev = [], 0
        for c in cuts + [len(word)]:
            parts.append(word[prev:c])
            prev = c
        lines.append('+'.join(parts))
    with open(DECISIONS, 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    commands = {'count': count, 'tune': tune, 'eval': evaluate, 'decide': decide}
    if len(sys.argv) < 2 or sys.argv[1] not in commands or len(sys.argv) != (2 if sys.argv[1] == 'decide' else 3):
        sys.exit(__doc__)
    commands[sys.argv[1]](*sys.argv[2:])
