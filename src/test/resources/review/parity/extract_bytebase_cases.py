"""Extracts Bytebase's SQL review advisor tests (backend/plugin/advisor/{pg,mysql}/test/*.yaml) as cases.

Usage: python3 extract_bytebase_cases.py <bytebase git dir> > bytebase-cases.json
Each case: engine, rule (Bytebase's enum name), statement, changeType, lines (1-based start lines of the wanted
advice), payload (read from {pg,mysql}/..._rules_test.go: format, maxLength, number, list, string, required).
"""
import json, re, subprocess, sys
import yaml

repo = sys.argv[1]

def git(*args):
    return subprocess.check_output(["git", "--git-dir", repo, *args]).decode()

commit = git("rev-parse", "HEAD").strip()
cases, skipped = [], []
for engine, folder, rules_test in (("postgresql", "pg", "pg_rules_test.go"), ("mysql", "mysql", "mysql_rules_test.go")):
    go = git("show", "HEAD:backend/plugin/advisor/%s/%s" % (folder, rules_test))
    rules = {}
    for line in go.splitlines():
        m = re.search(r"Type: storepb\.SQLReviewRule_(\w+),", line)
        if not m:
            continue
        payload = {}
        for key, field in (("Format", "format"), ("MaxLength", "maxLength"), ("Number", "number"),
                           ("String_", "string"), ("Required", "required")):
            v = re.search(r"\b%s: (\"(?:[^\"\\\\]|\\\\.)*\"|\d+|true|false)" % key, line)
            if v:
                payload[field] = json.loads(v.group(1))
        lst = re.search(r"List: \[\]string\{([^}]*)\}", line)
        if lst:
            payload["list"] = json.loads("[" + lst.group(1) + "]")
        rules[m.group(1)] = payload
    for name in sorted(git("ls-tree", "--name-only", "HEAD", "backend/plugin/advisor/%s/test/" % folder).split()):
        rule = name.rsplit("/", 1)[1][:-5].upper()
        if rule not in rules:
            skipped.append("%s %s (not in %s)" % (engine, rule, rules_test))
            continue
        for i, tc in enumerate(yaml.safe_load(git("show", "HEAD:" + name)) or []):
            want = tc.get("want") or []
            lines = sorted({w["startposition"]["line"] for w in want if w.get("startposition")})
            if any(not w.get("startposition") for w in want):
                skipped.append("%s %s #%d (advice without a position)" % (engine, rule, i))
                continue
            cases.append({"engine": engine, "rule": rule, "index": i, "statement": tc["statement"],
                          "changeType": tc.get("changeType", 1), "lines": lines, "payload": rules[rule]})
json.dump({"source": "https://github.com/bytebase/bytebase", "commit": commit,
           "read": "backend/plugin/advisor/{pg,mysql}/test/*.yaml with payloads from {pg,mysql}_rules_test.go",
           "cases": cases, "skipped": skipped}, sys.stdout, indent=1, ensure_ascii=False)
