#!/usr/bin/env python3
"""sqlReview(schemaFrom: 'staging', dryRun: true) in a real Jenkins started by ../shared/jenkins-live.

An embedded PostgreSQL 17 (the tests' own, started from target/test-classes) holds staging's database with a table
no migration created, readable by a login that may only SELECT (Jenkins credentials 'staging-reader'), and serves as
the dry run's scratch server (credentials 'scratch-server', a login that may only create databases). test's credentials id is not in the store: the review
must not need it. Checks: no "does not exist" finding for the existing table, the ADD COLUMN of an existing column
reported, the INSERT of 'abc' into a bigint reported by builtin.dry-run at its line, no password on the console,
staging unchanged, the throwaway database gone, and the review page served. Run from the project root after
`mvn -B -o test-compile` (for target/test-classes and target/bench.classpath):
    python3 tools/jenkins-live/drive_review_database.py"""
import json, os, subprocess, sys, uuid
sys.path.insert(0, os.path.join(os.getcwd(), '..', 'shared', 'jenkins-live'))
from jlive import *
from xml.sax.saxutils import escape

NAME = 'review-database'
READER_PW = 'Reader-' + uuid.uuid4().hex[:12]
SCRATCH_PW = 'Scratch-' + uuid.uuid4().hex[:12]
cp = 'target/test-classes:target/classes:' + open('target/bench.classpath').read().strip()
server = subprocess.Popen(['java', '-cp', cp, 'io.jenkins.plugins.dbgitops.testing.ServeEmbeddedPostgres'],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
port = None
for line in server.stdout:
    if line.startswith('PORT '):
        port = line.split()[1]; break
print('embedded PostgreSQL on port', port)

def psql(database, sql):
    """Runs SQL as postgres through the JDBC driver of the test class path (no psql client needed)."""
    code = ('import java.sql.*; public class Q { public static void main(String[] a) throws Exception {'
            ' try (Connection c = DriverManager.getConnection(a[0], "postgres", "postgres"); Statement s ='
            ' c.createStatement()) { if (s.execute(a[1])) { ResultSet r = s.getResultSet(); int n ='
            ' r.getMetaData().getColumnCount(); while (r.next()) { StringBuilder b = new StringBuilder();'
            ' for (int i = 1; i <= n; i++) b.append(i > 1 ? "|" : "").append(r.getString(i));'
            ' System.out.println(b); } } } } }')
    os.makedirs(WORK + '/q', exist_ok=True)
    open(WORK + '/q/Q.java', 'w').write(code)
    out = subprocess.run(['java', '-cp', cp, WORK + '/q/Q.java', 'jdbc:postgresql://localhost:%s/%s' % (port, database),
                          sql], capture_output=True, text=True)
    if out.returncode != 0:
        print(out.stderr[-500:])
    return out.stdout.strip()

try:
    psql('postgres', "DROP DATABASE IF EXISTS live_staging")
    psql('postgres', "DROP ROLE IF EXISTS live_reader")
    psql('postgres', "DROP ROLE IF EXISTS scratch_ci")
    psql('postgres', "CREATE ROLE scratch_ci LOGIN CREATEDB PASSWORD '%s'" % SCRATCH_PW)
    psql('postgres', "CREATE ROLE live_reader LOGIN PASSWORD '%s'" % READER_PW)
    psql('postgres', "CREATE DATABASE live_staging")
    psql('live_staging', "CREATE TABLE legacy_customers (id bigint PRIMARY KEY, name text NOT NULL);"
                         " INSERT INTO legacy_customers VALUES (1, 'Ada'); GRANT SELECT ON legacy_customers TO live_reader")
    s, b, _ = req('/scriptText', data={'script': '''import com.cloudbees.plugins.credentials.*
import com.cloudbees.plugins.credentials.impl.*
import com.cloudbees.plugins.credentials.domains.*
def store = SystemCredentialsProvider.getInstance().getStore()
store.getCredentials(Domain.global()).findAll { it.id in ['staging-reader', 'scratch-server'] }.each { store.removeCredentials(Domain.global(), it) }
store.addCredentials(Domain.global(), new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, 'staging-reader', 'staging', 'live_reader', '%s'))
store.addCredentials(Domain.global(), new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, 'scratch-server', 'scratch', 'scratch_ci', '%s'))
''' % (READER_PW, SCRATCH_PW)})
    print('credentials:', s)
    yaml = ('engine: postgresql\nreview:\n  dryRun:\n    url: jdbc:postgresql://localhost:%s/postgres\n'
            '    credentials: scratch-server\nenvironments:\n'
            '  - name: test\n    targets:\n      - name: test-db\n        url: jdbc:postgresql://test-db.invalid:5432/app\n'
            '        credentials: test-login-not-in-this-store\n'
            '  - name: staging\n    targets:\n      - name: staging-db\n'
            '        url: jdbc:postgresql://localhost:%s/live_staging\n        credentials: staging-reader\n') % (port, port)
    files = {
        '202501150900_create_orders.sql':
            'CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES legacy_customers (id));\n',
        '202501150901_add_customer_email.sql': 'ALTER TABLE legacy_customers ADD COLUMN email text;\n',
        '202501150902_seed_order_dml.sql': "-- seed\nINSERT INTO orders (id, customer_id) VALUES ('abc', 1);\n",
        '202501150903_add_customer_name.sql': 'ALTER TABLE legacy_customers ADD COLUMN name text;\n',
    }
    writes = ''.join("  writeFile file: 'migrations/%s', text: %s\n" % (n, json.dumps(t)) for n, t in files.items())
    script = ("node {\n  deleteDir()\n  writeFile file: 'dbgitops.yaml', text: %s\n%s"
              "  def counts = sqlReview(schemaFrom: 'staging', dryRun: true, failOn: 'never')\n"
              "  echo \"counts: ${counts}\"\n}\n") % (json.dumps(yaml), writes)
    cfg = ("<?xml version='1.1' encoding='UTF-8'?><flow-definition plugin='workflow-job'><definition"
           " class='org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition' plugin='workflow-cps'><script>%s</script>"
           "<sandbox>true</sandbox></definition><disabled>false</disabled></flow-definition>") % escape(script)
    create_job(NAME, cfg)
    n, j = build(NAME)
    s, con, _ = req('/job/%s/%d/consoleText' % (NAME, n)); save('%s-%d-console.txt' % (NAME, n), con)
    for line in con.splitlines():
        if '[dbgitops]' in line or 'counts:' in line:
            print('   ', line[:300])
    page_status, page = get('/job/%s/%d/dbgitops-review/' % (NAME, n), name='%s-%d-review.html' % (NAME, n))
    staging_columns = psql('live_staging', "SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM"
                                          " information_schema.columns WHERE table_name = 'legacy_customers'")
    throwaway = psql('postgres', "SELECT count(*) FROM pg_database WHERE datname LIKE 'dbgitops_dry_run_%'")
    checks = {
        'build UNSTABLE (failOn: never)': j is not None and j['result'] == 'UNSTABLE',
        'schema read from staging-db': 'starts from the schema of staging-db' in con,
        'no "does not exist"': 'does not exist' not in con,
        'existing column reported': any('202501150903_add_customer_name.sql' in l and 'builtin.walk-through-check' in l
                                        for l in con.splitlines()),
        'dry-run finding at 0902:2': any('builtin.dry-run' in l and '202501150902_seed_order_dml.sql:2:' in l
                                         for l in con.splitlines()),
        'no password on the console': READER_PW not in con and SCRATCH_PW not in con,
        'staging unchanged': staging_columns == 'id,name',
        'throwaway database dropped': throwaway == '0',
        'review page 200': page_status == 200 and 'builtin.dry-run' in page,
    }
    for name, ok in checks.items():
        print('   %-32s %s' % (name, 'ok' if ok else 'FAILED'))
    print('REVIEW_DATABASE_CHECK', 'OK' if all(checks.values()) else 'FAILED')
finally:
    server.stdin.close()
    server.wait(timeout=60)
