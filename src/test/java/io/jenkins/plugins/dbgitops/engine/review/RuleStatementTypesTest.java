package io.jenkins.plugins.dbgitops.engine.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.sql.SqlParser;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import org.junit.jupiter.api.Test;

/** A rule that declares the statement types it judges is called for those, and for whatever JSqlParser did not parse. */
class RuleStatementTypesTest {
    @Test
    void shouldCallARuleOnlyForItsStatementTypesAndForUnparsedStatements() {
        // Given a rule interested in CREATE TABLE that reports every statement it is called for
        RuleDefinition definition = TestDefinitions.definition("table.types-for-test");
        Rule typed = new Rule() {
            @Override
            public RuleDefinition definition() {
                return definition;
            }

            @Override
            public List<Class<? extends Statement>> statementTypes() {
                return List.of(CreateTable.class);
            }

            @Override
            public void check(StatementContext statement, RuleContext rule) {
                rule.report(statement);
            }
        };
        ReviewEngine engine = ReviewEngine.create(SqlEngine.POSTGRESQL, List.of(RuleConfig.defaults(definition)),
                RuleRegistry.of(() -> List.of(typed)), SqlParser.withDefaults());

        // When a file with a SELECT, a CREATE TABLE, an UPDATE and a DO block (JSqlParser rejects it) is reviewed
        ReviewResult result = engine.review(List.of(), List.of(ReviewFile.ddl("V1__x.sql",
                "SELECT 1;\nCREATE TABLE t (id int);\nUPDATE t SET id = 2;\nDO $$ BEGIN PERFORM 1; END $$;")), false);

        // Then the rule saw the CREATE TABLE and the unparsed DO block only
        assertThat(result.findings()).filteredOn(finding -> finding.ruleId().equals(definition.id()))
                .extracting(Finding::line).containsExactly(2, 4);
    }
}
