#!/usr/bin/env python3
"""Valvur's translation workflow (developer tool; the build and the i18n test do not need it).

  scripts/i18n.py update            lupdate every source folder into translations/*.ts
  scripts/i18n.py todo              print unfinished Estonian entries as TSV: context<TAB>source[<TAB>plural]
  scripts/i18n.py apply FILE.tsv    fill Estonian translations from TSV lines:
                                       context<TAB>source<TAB>translation          (ordinary)
                                       context<TAB>source<TAB>form1<TAB>form2      (a %n plural: singular, plural)
                                    backslash escapes \\n and \\t are understood in every field
  scripts/i18n.py check             exit 1 if anything is unfinished
  scripts/i18n.py merge-driver O A B   git merge driver: union of translations of both sides

All writes happen under a lock, so several worktrees or helpers can run it at once.
"""
import fcntl
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS_ET = os.path.join(ROOT, "translations", "valvur_et.ts")
TS_EN = os.path.join(ROOT, "translations", "valvur_en.ts")
SOURCES = ["app", "cli", "core", "models", "ui"]
LUPDATE = next((p for p in ["/usr/lib/qt6/bin/lupdate", "/usr/bin/lupdate6"] if os.path.exists(p)), "lupdate")


def lock():
    fd = open(os.path.join(ROOT, "translations", ".lock"), "w")
    fcntl.flock(fd, fcntl.LOCK_EX)
    return fd


def lupdate():
    srcs = [os.path.join(ROOT, s) for s in SOURCES]
    common = ["-locations", "none", "-no-obsolete", "-silent", "-extensions", "cpp,h"]
    subprocess.run([LUPDATE] + common + srcs + ["-ts", TS_ET], check=True)
    subprocess.run([LUPDATE] + common + ["-pluralonly"] + srcs + ["-ts", TS_EN], check=True)
    fill_english()
    subprocess.run([LUPDATE] + common + ["-pluralonly"] + srcs + ["-ts", TS_EN], check=True)


def fill_english():
    """English is the source language; its .ts only carries plural forms. Fill them from the
    source: "(s)" becomes "" for one and "s" for many ("%n session(s)" -> "%n session", "%n sessions")."""
    tree = load(TS_EN)
    changed = False
    for ctx, msg in messages(tree):
        tr = msg.find("translation")
        if tr is None or msg.get("numerus") != "yes":
            continue
        src = msg.findtext("source")
        one, many = src, src
        for verb_one, verb_many in (("is", "are"), ("has", "have"), ("was", "were")):
            one = re.sub(r"\(s\) " + verb_many + r"\b", " " + verb_one, one)  # "request(s) are" -> "request is"
        one = one.replace("(es)", "").replace("(s)", "")
        many = many.replace("(es)", "es").replace("(s)", "s")
        forms = [nf.text for nf in tr]
        if forms == [one, many] and tr.get("type") != "unfinished":
            continue
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        for form in (one, many):
            ET.SubElement(tr, "numerusform").text = form
        tr.attrib.pop("type", None)
        changed = True
    if changed:
        save(tree, TS_EN)


def unesc(s):
    return s.replace("\\n", "\n").replace("\\t", "\t")


def esc(s):
    return s.replace("\n", "\\n").replace("\t", "\\t")


def load(path):
    return ET.parse(path)


def save(tree, path):
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # restore the DOCTYPE lupdate expects; lupdate then normalises the layout
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>", "?>\n<!DOCTYPE TS>", 1)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def messages(tree):
    for ctx in tree.getroot().findall("context"):
        name = ctx.findtext("name")
        for msg in ctx.findall("message"):
            yield name, msg


def todo():
    tree = load(TS_ET)
    for ctx, msg in messages(tree):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") == "unfinished":
            plural = "\tplural" if msg.get("numerus") == "yes" else ""
            print(f"{ctx}\t{esc(msg.findtext('source'))}{plural}")


def apply(tsv):
    wanted = {}
    with open(tsv, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) < 3:
                sys.exit(f"bad line (need context, source, translation): {line!r}")
            wanted[(parts[0], unesc(parts[1]))] = [unesc(p) for p in parts[2:]]
    with lock():
        lupdate()
        tree = load(TS_ET)
        done = set()
        for ctx, msg in messages(tree):
            key = (ctx, msg.findtext("source"))
            if key not in wanted:
                continue
            forms = wanted[key]
            tr = msg.find("translation")
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            if msg.get("numerus") == "yes":
                if len(forms) == 1:
                    forms = forms * 2
                for form in forms[:2]:
                    nf = ET.SubElement(tr, "numerusform")
                    nf.text = form
            else:
                tr.text = forms[0]
            if "type" in tr.attrib:
                del tr.attrib["type"]
            done.add(key)
        save(tree, TS_ET)
        lupdate()
    missing = set(wanted) - done
    for ctx, src in sorted(missing):
        print(f"not in the sources (check the context and text): {ctx}\t{esc(src)}", file=sys.stderr)
    print(f"applied {len(done)} translations")


def check():
    n = 0
    for path in (TS_ET, TS_EN):
        tree = load(path)
        for ctx, msg in messages(tree):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") == "unfinished":
                n += 1
    print(f"{n} unfinished")
    return 1 if n else 0


def merge_driver(base, ours, theirs):
    """Union of both sides' finished translations; the result is regenerated from the sources
    by lupdate in the merged tree, so structure conflicts vanish."""
    trans = {}
    for path in (theirs, ours):
        try:
            tree = load(path)
        except ET.ParseError:
            continue
        for ctx, msg in messages(tree):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            trans[(ctx, msg.findtext("source"))] = tr
    tree = load(ours)
    root = tree.getroot()
    existing = {(c, m.findtext("source")) for c, m in messages(tree)}
    for (ctx, src), tr in trans.items():
        if (ctx, src) in existing:
            continue
        c = next((c for c in root.findall("context") if c.findtext("name") == ctx), None)
        if c is None:
            c = ET.SubElement(root, "context")
            ET.SubElement(c, "name").text = ctx
        m = ET.SubElement(c, "message")
        if len(tr):
            m.set("numerus", "yes")
        ET.SubElement(m, "source").text = src
        c_tr = ET.SubElement(m, "translation")
        c_tr.text = tr.text
        for nf in tr:
            ET.SubElement(c_tr, "numerusform").text = nf.text
    for ctx, msg in messages(tree):
        tr = msg.find("translation")
        if tr is not None and tr.get("type") == "unfinished" and (ctx, msg.findtext("source")) in trans:
            src = trans[(ctx, msg.findtext("source"))]
            for child in list(tr):
                tr.remove(child)
            tr.text = src.text
            for nf in src:
                ET.SubElement(tr, "numerusform").text = nf.text
            del tr.attrib["type"]
    save(tree, ours)
    return 0


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    cmd = sys.argv[1]
    if cmd == "update":
        with lock():
            lupdate()
    elif cmd == "todo":
        todo()
    elif cmd == "apply" and len(sys.argv) == 3:
        apply(sys.argv[2])
    elif cmd == "check":
        sys.exit(check())
    elif cmd == "merge-driver" and len(sys.argv) == 5:
        sys.exit(merge_driver(*sys.argv[2:5]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
