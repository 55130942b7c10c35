"""Fetches the review, release and deployments page of every build that has them and checks each against what the
build kept in build.xml: HTTP 200, the engine's fragment in the main panel, every finding (file:line:column, rule,
message), release file, environment, target and error in it as escaped text, and no script inside it.

    python3 tools/jenkins-live/check_build_pages.py [label]    # after the drivers; label names the saved pages

Exit status 1 when a page fails a check. Uses the jenkins-live client (jlive.py) for the port and the login."""
import os, re, sys, xml.etree.ElementTree as ET
sys.path.insert(0, '/work/shared/jenkins-live')
import jlive

PKG = 'io.jenkins.plugins.dbgitops.jenkins.'
PAGES = {'ReviewAction': 'dbgitops-review', 'ReleaseAction': 'dbgitops-release',
         'DeploymentAction': 'dbgitops-deployments'}
MAIN = re.compile(r'start of main content.*?-->(.*)<!--\s*\S*\s*end of main content', re.S)


def text(value):
    """The engine's escaping (HtmlPage.text)."""
    for raw, escaped in (('&', '&amp;'), ('<', '&lt;'), ('>', '&gt;'), ('"', '&quot;'), ("'", '&#39;')):
        value = value.replace(raw, escaped)
    return value


def expected(action):
    """The texts the page must show, from the action's element in build.xml."""
    name = action.tag[len(PKG):]
    if name == 'ReviewAction':
        return [text('%s:%s:%s' % (f.findtext('file'), f.findtext('line'), f.findtext('column')))
                for f in action.iter(PKG + 'ReviewFindingRow')] + \
               [text(f.findtext(tag)) for f in action.iter(PKG + 'ReviewFindingRow') for tag in ('ruleId', 'message')]
    if name == 'ReleaseAction':
        return [text(action.findtext('release/id'))] + \
               [text(f.findtext('path')) for f in action.iter(PKG + 'ReleaseInfo_-FileRow')]
    out = []
    for d in action.iter(PKG + 'DeploymentSummary'):
        out += [text(d.findtext('environment')), text(d.findtext('releaseId')), d.findtext('status')]
        for t in d.iter(PKG + 'DeploymentSummary_-TargetRow'):
            out += [text(t.findtext('name')), t.findtext('status')] + \
                   ([text(t.findtext('error'))] if t.findtext('error') else [])
    return out


def main():
    label = sys.argv[1] if len(sys.argv) > 1 else 'check'
    home = os.path.expanduser('~/.cache/jenkins-live/home/jobs')
    failures, checked = [], 0
    for job in sorted(os.listdir(home)):
        builds = os.path.join(home, job, 'builds')
        for number in sorted((b for b in os.listdir(builds) if b.isdigit()), key=int) if os.path.isdir(builds) else []:
            root = ET.parse(os.path.join(builds, number, 'build.xml')).getroot()
            for action in root.iter():
                if not action.tag.startswith(PKG) or action.tag[len(PKG):] not in PAGES:
                    continue
                path = '/job/%s/%s/%s/' % (job, number, PAGES[action.tag[len(PKG):]])
                status, body = jlive.req(path)[:2]
                body = body.decode('utf-8', 'replace') if isinstance(body, bytes) else body
                jlive.save('%s-%s-%s-%s.html' % (label, job, number, PAGES[action.tag[len(PKG):]]), body)
                main_panel = MAIN.search(body)
                panel = main_panel.group(1) if main_panel else ''
                missing = [e for e in expected(action) if e not in panel]
                problems = ([] if status == 200 else ['HTTP %s' % status]) + \
                           ([] if '<div class="dbgitops-report">' in panel else ['no engine fragment']) + \
                           (['script in the main panel'] if '<script' in panel.lower() else []) + \
                           (['missing %d: %s' % (len(missing), missing[:3])] if missing else [])
                checked += 1
                print('%-45s %s %6dB %3d expected %s' % (path, status, len(body), len(expected(action)),
                                                        'OK' if not problems else 'FAIL ' + '; '.join(problems)))
                if problems:
                    failures.append(path)
    print('%s: %d page(s) checked, %d failed' % (label, checked, len(failures)))
    return 1 if failures or not checked else 0


if __name__ == '__main__':
    sys.exit(main())
