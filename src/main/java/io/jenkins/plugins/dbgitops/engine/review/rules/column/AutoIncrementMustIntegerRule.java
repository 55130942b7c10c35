package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.ddl.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.ddl.DefinedColumns;
import java.util.Set;

/** Bytebase's {@code column.auto-increment-must-integer}: AUTO_INCREMENT only on integer types. */
public final class AutoIncrementMustIntegerRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.auto-increment-must-integer")
            .title("Auto-increment columns must be integers")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.ERROR)
            .message("An auto-increment column of a non-integer type wastes space, sorts and compares slowly, and"
                    + " is rejected or deprecated by current MySQL versions.")
            .help("Use TINYINT, SMALLINT, MEDIUMINT, INT or BIGINT (UNSIGNED) for auto-increment columns.")
            .description("Checks AUTO_INCREMENT columns in CREATE TABLE and ALTER TABLE ADD, MODIFY and CHANGE"
                    + " COLUMN for an integer type. MySQL rejects AUTO_INCREMENT on character types and deprecates it"
                    + " on FLOAT and DOUBLE since 8.0.17; an integer key is also the compact, fast choice for the"
                    + " clustered index.")
            .failing("CREATE TABLE t (a varchar(255) AUTO_INCREMENT PRIMARY KEY);")
            .passing("CREATE TABLE t (a bigint UNSIGNED AUTO_INCREMENT PRIMARY KEY);")
            .build();

    private static final Set<String> INTEGERS = Set.of("TINYINT", "SMALLINT", "MEDIUMINT", "INT", "INTEGER",
            "BIGINT", "SERIAL");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        for (DefinedColumns.Column column : DefinedColumns.of(statement)) {
            if (column.has("AUTO_INCREMENT") && !INTEGERS.contains(column.baseType())) {
                rule.report(statement, column.offset(), Impact.of("Auto-increment column " + column.qualifiedName()
                        + " requires an integer type", DEFINITION));
            }
        }
    }
}
