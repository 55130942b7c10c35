#!/usr/bin/env python3
"""Promotion across environments with distinct credentials, in a real Jenkins started by ../shared/jenkins-live.

Build 1 releases and deploys test and staging, each with its own Jenkins credentials id; then staging's credentials
are deleted and its database removed (its URL says IFEXISTS=TRUE, so it is unreachable). Build 2 of the same job
deploys prod after an input approval: the promotion check must pass from build 1's deployment matrix. Build 3
releases new content and tries prod directly: it must be refused. Run from the project root:
    python3 tools/jenkins-live/drive_promotion.py
Needs ../shared/jenkins-live/jlive.py (its HTTP client) and a Jenkins started by its start-jenkins.sh."""
import json, os, sys, time
sys.path.insert(0, os.path.join(os.getcwd(), '..', 'shared', 'jenkins-live'))
from jlive import *
from xml.sax.saxutils import escape

NAME = 'promote'
DB = WORK + '/db-promote'
EX = os.path.join(os.getcwd(), 'examples')
LOGINS = {'test': ('tuser', 'Test-Pw-1771'), 'staging': ('suser', 'Staging-Pw-2882'), 'prod': ('puser', 'Prod-Pw-3993')}

def credentials(script):
    s, b, _ = req('/scriptText', data={'script': '''import com.cloudbees.plugins.credentials.*
import com.cloudbees.plugins.credentials.impl.*
import com.cloudbees.plugins.credentials.domains.*
def store = SystemCredentialsProvider.getInstance().getStore()
''' + script})
    print('credentials:', s, b.strip()[:200])

YAML = 'migrations: migrations\nengine: h2\nenvironments:\n' + ''.join(
    '  - name: %s\n%s    targets:\n      - name: %s-db\n        url: "jdbc:h2:file:%s/%s;IFEXISTS=%s"\n        credentials: %s-login\n'
    % (env, '    approval: manual\n    approvers: [admin]\n' if env == 'prod' else '', env, DB, env,
       'FALSE', env) for env in ('test', 'staging', 'prod'))

SCRIPT = r'''
if (params.PHASE == 'first') {
  node {
    sh """rm -rf ./* ./.??* 2>/dev/null; cp -r %(ex)s/. . && cat > dbgitops.yaml <<'YAML'
%(yaml)sYAML
git init -q -b main . && git -c user.email=ci@example.com -c user.name=ci add -A && git -c user.email=ci@example.com -c user.name=ci commit -q -m migrations"""
    def id = dbRelease()
    writeFile file: 'release-id.txt', text: id
    dbRollout(release: id, environment: 'test')
    dbRollout(release: id, environment: 'staging')
  }
} else {
  def id
  node {
    if (params.PHASE == 'new-release') {
      sh """printf 'ALTER TABLE customers ADD COLUMN nickname VARCHAR(40);\\n' > migrations/202503011000_add_nickname.sql
git -c user.email=ci@example.com -c user.name=ci add -A && git -c user.email=ci@example.com -c user.name=ci commit -q -m nickname"""
      id = dbRelease()
    } else {
      id = readFile('release-id.txt').trim()
    }
  }
  input(message: "Deploy ${id} to prod?", ok: 'Deploy', submitter: 'admin', id: 'Prod')
  node { dbRollout(release: id, environment: 'prod') }
}
''' % {'ex': EX, 'yaml': YAML}

def run(phase):
    s, b, _ = req('/job/%s/api/json' % NAME); n = json.loads(b)['nextBuildNumber']
    s, b, _ = req('/job/%s/buildWithParameters' % NAME, data={'PHASE': phase}, method='POST')
    t0, approved, j = time.time(), False, {'result': None}
    while time.time() - t0 < 300:
        s, b, _ = req('/job/%s/%d/api/json' % (NAME, n))
        if s == 200:
            j = json.loads(b)
            if not j['building']:
                break
            s3, con, _ = req('/job/%s/%d/consoleText' % (NAME, n))
            if not approved and 'to prod?' in con:
                s4, _, _ = req('/job/%s/%d/input/Prod/proceedEmpty' % (NAME, n), method='POST'); approved = True
        time.sleep(2)
    s, con, _ = req('/job/%s/%d/consoleText' % (NAME, n)); save('%s-%d-console.txt' % (NAME, n), con)
    print('== build #%d (%s): %s' % (n, phase, j['result']))
    for line in con.splitlines():
        if '[dbgitops]' in line and ('Promotion' in line or 'cannot go' in line or 'prod-db' in line or 'staging-db' in line):
            print('   ', line[:400])
    leaked = [env for env, (_, pw) in LOGINS.items() if pw in con]
    print('    passwords in console:', leaked or 'none')
    return n, j['result'], con

os.makedirs(DB, exist_ok=True)
for f in os.listdir(DB): os.remove(os.path.join(DB, f))
credentials(''.join("store.addCredentials(Domain.global(), new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, '%s-login', '%s', '%s', '%s'))\n"
                    % (env, env, user, pw) for env, (user, pw) in LOGINS.items()))
cfg = ("<?xml version='1.1' encoding='UTF-8'?><flow-definition plugin='workflow-job'><properties>"
       "<hudson.model.ParametersDefinitionProperty><parameterDefinitions><hudson.model.StringParameterDefinition>"
       "<name>PHASE</name><defaultValue>first</defaultValue><trim>true</trim></hudson.model.StringParameterDefinition>"
       "</parameterDefinitions></hudson.model.ParametersDefinitionProperty></properties>"
       "<definition class='org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition' plugin='workflow-cps'><script>%s</script>"
       "<sandbox>true</sandbox></definition><disabled>false</disabled></flow-definition>") % escape(SCRIPT)
create_job(NAME, cfg)
n1, r1, _ = run('first')
# staging leaves prod's reach: no credentials, no database
credentials("store.removeCredentials(Domain.global(), store.getCredentials(Domain.global()).find { it.id == 'staging-login' })")
for f in os.listdir(DB):
    if f.startswith('staging'): os.remove(os.path.join(DB, f))
n2, r2, c2 = run('prod')
n3, r3, c3 = run('new-release')
ok = (r1 == 'SUCCESS' and r2 == 'SUCCESS' and 'Promotion check passed' in c2 and r3 == 'FAILURE'
      and 'no successful deployment record' in c3)
print('PROMOTION_CHECK', 'OK' if ok else 'FAILED')
