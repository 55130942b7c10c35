package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisallowFileAccessRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new DisallowFileAccessRule();
    }

    @Test
    void shouldReportPostgreSqlCopyFromAServerFileButNotFromStdin() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, "COPY users FROM STDIN;\nCOPY users TO PROGRAM 'gzip > /tmp/u.gz';\n"
                + "SELECT pg_read_file('/etc/passwd');");

        assertThat(lines(findings)).containsExactly(2, 3);
        assertThat(findings.get(0).message()).startsWith("COPY reads or writes a server file or program");
    }

    @Test
    void shouldReportLoadDataInfileButNotLocal() {
        assertThat(lines(findings(SqlEngine.MYSQL, "LOAD DATA LOCAL INFILE 'users.csv' INTO TABLE users;\n"
                + "LOAD DATA INFILE '/var/lib/mysql-files/users.csv' INTO TABLE users;"))).containsExactly(2);
    }

    @Test
    void shouldIgnoreTheWordsInsideStrings() {
        assertThat(findings(SqlEngine.MYSQL, "INSERT INTO notes (body) VALUES ('use INTO OUTFILE to export');"))
                .isEmpty();
    }
}
