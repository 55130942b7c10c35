#!/usr/bin/env python3
"""Writes into each stand-in file's header the supertypes of the real type, read with javap from the real classes
that ../shared/jenkins-fidelity compiled (~/.cache/jenkins-fidelity/out/real). StandInHonestyTest then checks that
each stand-in declares exactly those. Run after setup.sh/check.sh, from the project root, when a stand-in type is
added. Only the header's 'Real supertypes:' line is written; nothing is copied from Jenkins but the type names."""
import os, re, subprocess, sys

STAND_IN = 'src/jenkins-api/java'
REAL = os.path.expanduser(os.environ.get('REAL_CLASSES', '~/.cache/jenkins-fidelity/out/real'))
DECL = re.compile(r'^(?:public |protected |private |abstract |final |static |sealed |non-sealed )*'
                  r'(class|interface|enum|@interface) \S.*$', re.M)


def simple(type_text):
    """java.lang.Comparable<hudson.model.User> -> Comparable<User>."""
    return re.sub(r'\b(?:[a-z_][\w]*\.)+([A-Z][\w$]*)', lambda m: m.group(1), type_text).replace('$', '.')


def split_top(text):
    parts, depth, start = [], 0, 0
    for i, c in enumerate(text):
        depth += c == '<'
        depth -= c == '>'
        if c == ',' and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    parts.append(text[start:].strip())
    return [p for p in parts if p]


def drop_type_parameters(decl):
    """'class a.B<T extends C<T>> extends D' -> 'class a.B extends D'."""
    start = re.search(r'\b(?:class|interface) [\w.$]+', decl).end()
    if start >= len(decl) or decl[start] != '<':
        return decl
    depth = 0
    for i in range(start, len(decl)):
        depth += decl[i] == '<'
        depth -= decl[i] == '>'
        if depth == 0:
            return decl[:start] + decl[i + 1:]
    return decl


def real_supertypes(class_name):
    path = os.path.join(REAL, class_name.replace('.', '/') + '.class')
    if not os.path.exists(path):
        return None
    out = subprocess.run(['javap', '-cp', REAL, class_name], capture_output=True, text=True, check=True).stdout
    decl = next(line for line in out.splitlines() if re.search(r'\b(class|interface) ', line))
    decl = drop_type_parameters(decl.rstrip(' {'))
    kind = 'interface' if re.search(r'\binterface ', decl) else 'class'
    extends = re.search(r' extends (.*?)(?: implements |$)', decl)
    implements = re.search(r' implements (.*)$', decl)
    ext = split_top(simple(extends.group(1))) if extends else []
    imp = split_top(simple(implements.group(1))) if implements else []
    if kind == 'class' and ext and (ext[0].startswith('Enum<') or ext[0] == 'Record'):
        ext = []  # implicit for enums and records
    if kind == 'interface' and ext == ['Annotation']:
        ext = []
    words = []
    if ext:
        words.append('extends ' + ', '.join(ext))
    if imp:
        words.append('implements ' + ', '.join(imp))
    return '; '.join(words) if words else 'none'


def main():
    changed = missing = 0
    for root, _, files in os.walk(STAND_IN):
        for name in sorted(files):
            if not name.endswith('.java'):
                continue
            path = os.path.join(root, name)
            class_name = os.path.relpath(path, STAND_IN)[:-5].replace('/', '.')
            supers = real_supertypes(class_name)
            if supers is None:
                print(f'{path}: no real class {class_name} in {REAL}', file=sys.stderr)
                missing += 1
                continue
            source = open(path).read()
            line = f' * Real supertypes: {supers}.\n'
            new = re.sub(r' \* Real supertypes: .*\n', '', source)
            new = re.sub(r'(Compile-only stand-in mirroring [^\n]*\n)', lambda m: m.group(1) + line, new, count=1)
            if new != source:
                open(path, 'w').write(new)
                changed += 1
    print(f'{changed} headers written, {missing} without a real class')
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main())
