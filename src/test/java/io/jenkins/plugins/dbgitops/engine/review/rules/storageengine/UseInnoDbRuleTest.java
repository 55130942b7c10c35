package io.jenkins.plugins.dbgitops.engine.review.rules.storageengine;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.review.Finding;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.rules.AbstractRuleTest;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class UseInnoDbRuleTest extends AbstractRuleTest {

    @Override
    protected Rule rule() {
        return new UseInnoDbRule();
    }

    @Test
    void shouldReportAnAlterToCsvAtItsLineLikeBytebase() {
        List<Finding> findings = findings(SqlEngine.MYSQL,
                "CREATE TABLE teck_book (a int);\nCREATE TABLE book (a int);\nALTER TABLE tech_book ENGINE = CSV;");

        assertThat(lines(findings)).containsExactly(3);
        assertThat(findings.get(0).message()).startsWith("Table tech_book uses the CSV engine");
    }

    @Test
    void shouldAcceptATableWithoutEngineAndInnoDbInAnyCase() {
        assertThat(findings(SqlEngine.MARIADB, "CREATE TABLE book (id int);\nALTER TABLE tech_book ENGINE = innodb;"))
                .isEmpty();
    }

    @Test
    void shouldReportTheDefaultStorageEngineVariable() {
        assertThat(lines(findings(SqlEngine.MYSQL, "CREATE TABLE book (a int);\nSET default_storage_engine=CSV;")))
                .containsExactly(2);
        assertThat(findings(SqlEngine.MYSQL, "SET default_storage_engine=INNODB;\nSET foreign_key_checks=0;"))
                .isEmpty();
    }

    @Test
    void shouldReportACreateTableAtTheLineNamingTheEngine() {
        // Bytebase mysql/test/engine_mysql_use_innodb.yaml: FindLineByName of the engine
        assertThat(lines(findings(SqlEngine.MYSQL, "CREATE TABLE teck_book(a INT);\nCREATE TABLE book(\n  id INT,\n"
                + "  price INT\n) ENGINE = CSV;"))).containsExactly(5);
    }
}
