package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnDefinitionRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;
import java.util.Optional;

/** Bytebase's {@code column.auto-increment-must-unsigned}; ZEROFILL implies UNSIGNED and passes, as in Bytebase. */
public final class AutoIncrementMustUnsignedRule extends ColumnDefinitionRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.auto-increment-must-unsigned")
            .title("Auto-increment columns must be unsigned")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.WARNING)
            .message("A signed auto-increment column wastes half its range and runs out of ids twice as early.")
            .help("Declare the auto-increment column UNSIGNED, for example BIGINT UNSIGNED AUTO_INCREMENT.")
            .description("Checks AUTO_INCREMENT columns in CREATE TABLE and ALTER TABLE ADD, MODIFY and CHANGE"
                    + " COLUMN for UNSIGNED. Auto-increment values are never negative, so a signed INT overflows at"
                    + " 2,147,483,647 instead of 4,294,967,295, and widening the column later rewrites the table.")
            .failing("CREATE TABLE t (a int AUTO_INCREMENT PRIMARY KEY);")
            .passing("CREATE TABLE t (a int UNSIGNED AUTO_INCREMENT PRIMARY KEY);")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    protected Optional<String> problem(DefinedColumns.Column column, RuleContext rule) {
        return column.has("AUTO_INCREMENT") && !column.has("UNSIGNED") && !column.has("ZEROFILL")
                ? Optional.of("Auto-increment column " + column.qualifiedName() + " is not UNSIGNED") : Optional.empty();
    }
}
