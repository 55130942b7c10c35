package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForeignKeyNamingRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new ForeignKeyNamingRule();
    }

    @Test
    void shouldAcceptExpectedAndUnnamedForeignKeys() {
        // Bytebase mysql/test/naming_index_fk.yaml
        assertThat(findings(SqlEngine.MYSQL, "CREATE TABLE book(\n  id INT,\n  author_id INT,\n"
                + "  FOREIGN KEY (author_id) REFERENCES author (id)\n);")).isEmpty();
        assertThat(findings(SqlEngine.MYSQL, "ALTER TABLE tech_book ADD CONSTRAINT fk_tech_book_author_id_author_id"
                + " FOREIGN KEY (author_id) REFERENCES author (id);")).isEmpty();
    }

    @Test
    void shouldReportAMismatchAtTheConstraintsLine() {
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, "CREATE TABLE book(\n  id INT,\n  author_id INT,\n"
                + "  CONSTRAINT fk_book_author_id FOREIGN KEY (author_id) REFERENCES author (id)\n);");

        assertThat(lines(findings)).containsExactly(4);
        assertThat(findings.get(0).message()).contains("expect \"^$|^fk_book_author_id_author_id$\"");
    }

    @Test
    void shouldReportLengthAndFormatForAVeryLongName() {
        String name = "rvemempmcmmhutaskvcidmwaldtfjdgmcpkhmibtadfydtkexpuzczrrneucthfwk";

        List<Finding> findings = findings(SqlEngine.MYSQL, "ALTER TABLE tech_book ADD CONSTRAINT " + name
                + " FOREIGN KEY (author_id) REFERENCES author (id);");

        assertThat(findings).extracting(Finding::message).anyMatch(m -> m.contains("within 64 characters"))
                .anyMatch(m -> m.contains("expect \"^$|^fk_tech_book_author_id_author_id$\""));
    }

    @Test
    void shouldCheckForeignKeysNamedOnTheColumn() {
        // Bytebase pg/test/naming_index_fk.yaml: CONSTRAINT name REFERENCES on the column itself
        List<Finding> findings = findings(SqlEngine.POSTGRESQL, "CREATE TABLE book(\n  id INT,\n"
                + "  author_id INT CONSTRAINT fk_book_author_id REFERENCES author (id)\n);\n"
                + "ALTER TABLE book ADD COLUMN editor_id INT CONSTRAINT fk_book_editor_id_editor_id REFERENCES editor (id);");

        assertThat(lines(findings)).containsExactly(3);
        assertThat(findings.get(0).message()).contains("expect \"^$|^fk_book_author_id_author_id$\"");
    }
}
