#!/usr/bin/env python3
"""Field-by-field shape comparison of nlbrief serve and LanguageTool's own HTTP server.

Sends the same requests (POST and GET /v2/check with the parameters LanguageTool's clients send,
AnnotatedText `data`, every language code, rule options, foreign text with language=auto, an empty
text, and GET /v2/languages) to both servers and compares the JSON answers' shapes recursively:
the keys of every object and the type of every value (an array's shape is the union of its
elements' shapes, so a field that only some matches have is still compared). Values are not
compared: the two checkers find different things, by design.

Each difference is one line:
  MISSING  path            LanguageTool has the field, nlbrief does not  (a client may rely on it)
  EXTRA    path            nlbrief has a field LanguageTool does not     (clients ignore unknown fields)
  TYPE     path  lt / ours the same field with another JSON type
  STATUS   request         different HTTP status
  EMPTY    path[]          an array LanguageTool filled and nlbrief left empty in this answer (a
                           value difference: the elements' shape is compared over all answers)
  ABSENT   path            a field LanguageTool writes for some rules only (rule.urls), missing in this
                           answer because no match nlbrief kept has it; nlbrief writes it in another
  OMITTED  path            a field nlbrief leaves out on purpose (OMITTED below says why)
EXTRA and OMITTED are listed once, over all requests.

Exit status: 0 when no request shows MISSING, TYPE or STATUS (EXTRA fields are listed but allowed:
nlbrief's documented line, column, explanation and incompleteResultsReason), 1 otherwise.

  python3 bench/serve-shapes.py --lt http://127.0.0.1:8082 --ours http://127.0.0.1:8081
"""
import argparse
import json
import sys
import urllib.error
import urllib.parse
import urllib.request

WRONG = "Gisteren zag ik de de man. Hij is groter als zijn broer. Ik heb het gisteren gekocht, maar het werkt nie."
LONGER = ("De minister heeft gisteren in Brussel gezegd dat de regering het plan steunt. "
          "Volgens hem word de beslissing volgende week genomen. 'We moeten dit samen doen,' zei hij. "
          "De oppositie is het daar niet mee eens en vraagt om een debat in de kamer.")
ANNOTATED = json.dumps({"annotation": [
    {"markup": "<p>"}, {"text": "Hij word morgen ontslagen."}, {"markup": "</p>", "interpretAs": "\n\n"},
    {"markup": "<p>"}, {"text": "Dat is de de fout."}, {"markup": "</p>"}]})
ENGLISH = "This is an English sentence about the weather, which was rather nice yesterday in London."

# Fields LanguageTool's server writes that nlbrief's leaves out, and why.
OMITTED = {
    "$.software.premiumHint": "an advertisement for LanguageTool's paid service (nlbrief has none); not in "
                              "LanguageTool's published API schema, which lists software.premium as optional",
}

# (name, method, path, parameters): what LTeX, the LibreOffice extension, browser add-ons and
# scripts send.
REQUESTS = [
    ("post nl-BE text", "POST", "/v2/check", {"language": "nl-BE", "text": WRONG}),
    ("post nl-NL text", "POST", "/v2/check", {"language": "nl-NL", "text": LONGER}),
    ("post nl text", "POST", "/v2/check", {"language": "nl", "text": WRONG}),
    ("get nl text", "GET", "/v2/check", {"language": "nl", "text": WRONG}),
    ("post data (AnnotatedText)", "POST", "/v2/check", {"language": "nl", "data": ANNOTATED}),
    ("post auto Dutch", "POST", "/v2/check", {"language": "auto", "text": LONGER}),
    ("post auto English", "POST", "/v2/check", {"language": "auto", "text": ENGLISH}),
    ("post empty text", "POST", "/v2/check", {"language": "nl", "text": ""}),
    ("post no errors", "POST", "/v2/check", {"language": "nl", "text": "Dit is een goede zin."}),
    ("post disabledRules", "POST", "/v2/check",
     {"language": "nl", "text": WRONG, "disabledRules": "DUBBEL_DE,WHITESPACE_RULE"}),
    ("post disabledCategories", "POST", "/v2/check",
     {"language": "nl", "text": WRONG, "disabledCategories": "TYPOS"}),
    ("post enabledOnly", "POST", "/v2/check",
     {"language": "nl", "text": WRONG, "enabledRules": "DUBBEL_DE", "enabledOnly": "true"}),
    ("post picky + motherTongue", "POST", "/v2/check",
     {"language": "nl", "text": WRONG, "level": "picky", "motherTongue": "en"}),
    # At the picky level nlbrief keeps LanguageTool's advice, among it rules that have a URL.
    ("post picky nl-NL", "POST", "/v2/check", {"language": "nl-NL", "text": LONGER, "level": "picky"}),
    # A rule with a URL (rule.urls) that both report: a hyphen used as a dash.
    ("post picky dash", "POST", "/v2/check",
     {"language": "nl", "level": "picky",
      "text": "De minister - die gisteren in Brussel was - steunt het plan van de regering."}),
    ("get languages", "GET", "/v2/languages", None),
]


def call(base, method, path, params):
    url = base.rstrip("/") + path
    data = None
    if params is not None:
        encoded = urllib.parse.urlencode(params)
        if method == "GET":
            url += "?" + encoded
        else:
            data = encoded.encode("utf-8")
    request = urllib.request.Request(url, data=data, method=method)
    if data is not None:
        request.add_header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
    try:
        with urllib.request.urlopen(request, timeout=300) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")


def kind(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"  # JSON has one number type; 0.5 and 1 are the same kind
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def shapes(value, path, out):
    """Adds path -> set of kinds for value and everything inside it."""
    out.setdefault(path, set()).add(kind(value))
    if isinstance(value, dict):
        for k, v in value.items():
            shapes(v, path + "." + k, out)
    elif isinstance(value, list):
        for v in value:
            shapes(v, path + "[]", out)
    return out


def compare(lt, ours):
    """Differences between two shape maps, as (what, path, detail)."""
    diffs = []
    for path in sorted(set(lt) | set(ours)):
        if path not in ours:
            if path in OMITTED:
                diffs.append(("OMITTED", path, OMITTED[path]))
                continue
            if path.endswith("[]") and path[:-2] in ours:
                diffs.append(("EMPTY", path, "/".join(sorted(lt[path]))))
                continue
            # Only report the top of a missing subtree.
            parent = path.rsplit(".", 1)[0] if "." in path else ""
            if parent in ours or parent == "":
                diffs.append(("MISSING", path, "/".join(sorted(lt[path]))))
        elif path not in lt:
            parent = path.rsplit(".", 1)[0] if "." in path else ""
            if parent in lt:
                diffs.append(("EXTRA", path, "/".join(sorted(ours[path]))))
        else:
            a, b = lt[path] - {"null"}, ours[path] - {"null"}
            if a and b and a != b:
                diffs.append(("TYPE", path, "/".join(sorted(lt[path])) + " vs " + "/".join(sorted(ours[path]))))
    return diffs


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--lt", required=True, help="LanguageTool server base URL")
    p.add_argument("--ours", required=True, help="nlbrief serve base URL")
    p.add_argument("--dump", help="folder to write both answers of every request into")
    a = p.parse_args()
    union_lt, union_ours = {}, {}
    answers = []
    for name, method, path, params in REQUESTS:
        s1, b1 = call(a.lt, method, path, params)
        s2, b2 = call(a.ours, method, path, params)
        if a.dump:
            slug = name.replace(" ", "_").replace("(", "").replace(")", "").replace("+", "and")
            for who, body in (("lt", b1), ("nlbrief", b2)):
                with open(f"{a.dump}/{slug}.{who}.json", "w", encoding="utf-8") as f:
                    f.write(body)
        answers.append((name, s1, b1, s2, b2))
        if s1 == s2:
            try:
                for body, union in ((b1, union_lt), (b2, union_ours)):
                    for k, v in shapes(json.loads(body), "$", {}).items():
                        union.setdefault(k, set()).update(v)
            except ValueError:
                pass
    bad = 0
    for name, s1, b1, s2, b2 in answers:
        if s1 != s2:
            print(f"STATUS   {name}: LanguageTool {s1}, nlbrief {s2}  ({b1[:120]!r} / {b2[:120]!r})")
            bad += 1
            continue
        try:
            j1, j2 = json.loads(b1), json.loads(b2)
        except ValueError as e:
            print(f"JSON     {name}: not JSON ({e})")
            bad += 1
            continue
        diffs = []
        for what, where, detail in compare(shapes(j1, "$", {}), shapes(j2, "$", {})):
            # A field LanguageTool writes only for some rules (rule.urls), absent here because no
            # match nlbrief kept has it, but written by nlbrief where it applies (in another answer).
            if what == "MISSING" and where in union_ours:
                what = "ABSENT"
            diffs.append((what, where, detail))
        hard = [d for d in diffs if d[0] in ("MISSING", "TYPE")]
        bad += len(hard)
        matches = (len(j1.get("matches", [])), len(j2.get("matches", []))) if isinstance(j1, dict) else None
        print(f"{'OK  ' if not hard else 'DIFF'}     {name} (status {s1}"
              + (f", matches LanguageTool {matches[0]} / nlbrief {matches[1]}" if matches else "") + ")")
        for what, where, detail in diffs:
            if what not in ("EXTRA", "OMITTED"):
                print(f"  {what:8} {where}  {detail}")
    # Over all requests together: a field LanguageTool sends in some answer that nlbrief never does.
    print("over all requests:")
    total = compare(union_lt, union_ours)
    for what, where, detail in total:
        print(f"  {what:8} {where}  {detail}")
    hard = [d for d in total if d[0] in ("MISSING", "TYPE", "EMPTY")]
    extra = [d for d in total if d[0] == "EXTRA"]
    omitted = [d for d in total if d[0] == "OMITTED"]
    print(f"RESULT {len(REQUESTS)} requests, {bad} per-request differences (MISSING/TYPE/STATUS), "
          f"{len(hard)} over all; {len(extra)} extra fields, {len(omitted)} omitted on purpose")
    return 0 if bad == 0 and not hard else 1


if __name__ == "__main__":
    sys.exit(main())
