"""Extracts Squawk's rule unit tests (crates/squawk_linter/src/rules/*.rs) as data-driven cases.

Usage: python3 extract.py <squawk git dir> > squawk-cases.json
Each case: rule (Squawk's name), test (the Rust test function), sql, expect ("ok" or "errors"), lines (1-based lines
of the violations, from the insta snapshot), assumeInTransaction, postgresVersion (null = Squawk's default).
"""
import json, re, subprocess, sys

repo = sys.argv[1]

def git(*args):
    return subprocess.check_output(["git", "--git-dir", repo, *args]).decode()

commit = git("rev-parse", "HEAD").strip()
names = {}
lib = git("show", "HEAD:crates/squawk_linter/src/lib.rs")
for variant, name in re.findall(r'Rule::(\w+) => "([a-z-]+)"', lib):
    names.setdefault(variant, name)
for variant, name in re.findall(r'Rule::(\w+) => \{\s*"([a-z-]+)"', lib):
    names.setdefault(variant, name)
files = [f for f in git("ls-tree", "--name-only", "HEAD", "crates/squawk_linter/src/rules/").split() if f.endswith(".rs") and not f.endswith("mod.rs")]
snapshots = set(git("ls-tree", "--name-only", "HEAD", "crates/squawk_linter/src/rules/snapshots/").split())
STRING = re.compile(r'r(#*)"(.*?)"\1|"((?:[^"\\]|\\.)*)"', re.S)
cases, skipped = [], []
for path in sorted(files):
    module = path.rsplit("/", 1)[1][:-3]
    source = git("show", "HEAD:" + path)
    test_start = source.find("mod test")
    if test_start < 0:
        continue
    body = source[test_start:]
    main_rules = re.findall(r"Rule::(\w+)", source[:test_start])
    chunks = re.split(r"#\[test\]", body)[1:]
    # local helpers such as `fn lint(sql: &str) -> String { lint_errors(sql, Rule::X) }`
    helpers = {}
    for name, helper_body in re.findall(r"fn (\w+)\(sql: &str[^)]*\)[^{]*\{(.*?)\n    \}", body, re.S):
        inner = re.search(r"\b(lint_errors_with|lint_ok_with|lint_errors|lint_ok)\b", helper_body)
        if inner:
            helpers[name] = (inner.group(1), helper_body)
    for chunk in chunks:
        m = re.search(r"fn (\w+)\(\)", chunk)
        if not m:
            continue
        test = m.group(1)
        fn_body = chunk[m.end():]
        if test.startswith("fix_"):
            continue  # autofix tests: the fixed text, not a verdict
        sql_match = re.search(r"let sql = ", fn_body) or re.search(r"\b(?:lint_\w+|" + "|".join(helpers or ["@@"]) + r")\(\s*", fn_body)
        if not sql_match:
            skipped.append(module + "::" + test + " (no `let sql`)")
            continue
        s = STRING.match(fn_body, sql_match.end())
        if not s:
            skipped.append(module + "::" + test + " (sql not a literal)")
            continue
        sql = s.group(2) if s.group(2) is not None else bytes(s.group(3), "utf-8").decode("unicode_escape")
        call_names = re.findall(r"\b(\w+)\(", fn_body)
        helper = next((helpers[c] for c in call_names if c in helpers), None)
        rules = re.findall(r"Rule::(\w+)", fn_body) or (re.findall(r"Rule::(\w+)", helper[1]) if helper else [])
        variant = rules[0] if rules else (main_rules[0] if main_rules else None)
        if variant not in names:
            skipped.append(module + "::" + test + " (rule unknown)")
            continue
        calls = re.findall(r"\b(lint_errors_with|lint_ok_with|lint_errors|lint_ok|lint_to_bigint|lint_types)\b", fn_body)
        if helper and not calls:
            calls = [helper[0]]
        if not calls:
            skipped.append(module + "::" + test + " (no lint call)")
            continue
        expect = "errors" if "errors" in calls[0] else "ok" if "ok" in calls[0] else None
        if expect is None:
            skipped.append(module + "::" + test + " (helper " + calls[0] + ")")
            continue
        settings_text = fn_body + (helper[1] if helper else "")
        assume = bool(re.search(r"assume_in_transaction:\s*true", settings_text))
        version = re.search(r'pg_version:\s*(?:"([\d.]+)"|Version::new\((\d+),\s*(?:Some\()?(\d+)?)', settings_text)
        pg = None
        if version:
            pg = version.group(1) or version.group(2)
        lines = []
        if expect == "errors":
            snap = "crates/squawk_linter/src/rules/snapshots/squawk_linter__rules__%s__test__%s.snap" % (module, test)
            text = None
            if snap in snapshots:
                text = git("show", "HEAD:" + snap)
            else:
                inline = re.search(r'@r?(#*)"(.*?)"\1', fn_body, re.S)
                text = inline.group(2) if inline else None
            if text is None:
                skipped.append(module + "::" + test + " (no snapshot)")
                continue
            for block in re.split(r"\n(?=[ \t]*(?:warning|error)\[)", text):
                if re.match(r"(?:warning|error)\[", block.strip()):
                    n = re.search(r"^\s*(\d+) │", block, re.M)
                    if n:
                        lines.append(int(n.group(1)))
        cases.append({"rule": names[variant], "test": module + "::" + test, "sql": sql, "expect": expect,
                      "lines": lines, "assumeInTransaction": assume, "postgresVersion": pg})
json.dump({"source": "https://github.com/sbdchd/squawk", "commit": commit,
           "read": "crates/squawk_linter/src/rules/*.rs tests and rules/snapshots/*.snap", "cases": cases,
           "skipped": skipped}, sys.stdout, indent=1, ensure_ascii=False)
