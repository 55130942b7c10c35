package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import io.jenkins.plugins.dbgitops.engine.migration.ChangeType;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationDirectives;
import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;

/** Bytebase's {@code statement.disallow-mix-in-dml}: DDL statements in a data-change (DML) file. */
public final class DisallowMixInDmlRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.disallow-mix-in-dml")
            .optIn()
            .title("No DDL in data-change files")
            .origin("dbgitops; formerly Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("A schema change hidden in a data-change file escapes the review that schema changes get.")
            .help("Move CREATE, ALTER, DROP and TRUNCATE statements into a schema-change (DDL) file.")
            .description("In a DML file (its name ends in _dml or it says -- dbgitops:type dml), flags CREATE, ALTER,"
                    + " DROP, RENAME, TRUNCATE and COMMENT statements. Data-change files are reviewed and approved as"
                    + " data fixes; a schema change inside one takes locks nobody planned for.")
            .failing("-- dbgitops:type dml\nALTER TABLE orders ADD COLUMN note text;\n"
                    + "UPDATE orders SET note = 'migrated' WHERE id < 100;")
            .passing("-- dbgitops:type dml\nUPDATE orders SET note = 'migrated' WHERE id < 100;")
            .build();

    private ChangeType changeType = ChangeType.DDL;

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    /** The file's change type; its header directive decides when the caller did not read it. */
    @Override
    public void startFile(FileContext file, RuleContext rule) {
        changeType = MigrationDirectives.read(file.content()).type().orElse(file.changeType());
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (changeType == ChangeType.DML && StatementKind.of(statement) == StatementKind.DDL) {
            rule.report(statement, "Data change can only run DML, " + StatementTexts.quote(statement)
                    + " is not DML: move it to a schema-change file.");
        }
    }
}
