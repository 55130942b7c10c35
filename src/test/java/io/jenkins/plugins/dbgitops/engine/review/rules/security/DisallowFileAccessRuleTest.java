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

    @Test
    void shouldFindCandidateWordsOnlyAsWholeWordsInAnyCase() {
        // Given texts with candidate words whole, in other words, in other cases, and next to non-ASCII letters
        List<String> mentioning = List.of("COPY t FROM 'x'", "copy", "select Load_File('/etc')", "x\tinfile",
                "SELECT 1 INTO OUTFILE '/tmp/x'", "pg_ls_dir('.')", "é lo_export(1)", "(dumpfile)", "a.copy",
                "COPYé", "éCOPY");
        List<String> notMentioning = List.of("", "copyright", "xcopy", "copy_1", "copy1", "infiles", "lo_exports",
                "pg_read", "c\u0131py", "\u017Fomething", "outfil", "SELECT id FROM orders");

        // Then only whole ASCII words count; a non-ASCII letter ends a word
        for (String text : mentioning) {
            assertThat(DisallowFileAccessRule.mentionsCandidate(text)).as(text).isTrue();
        }
        for (String text : notMentioning) {
            assertThat(DisallowFileAccessRule.mentionsCandidate(text)).as(text).isFalse();
        }
    }
}
