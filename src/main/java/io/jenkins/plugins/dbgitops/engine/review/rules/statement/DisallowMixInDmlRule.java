package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.migration.ChangeType;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;

/** Bytebase's {@code statement.disallow-mix-in-dml}: DDL statements in a data-change (DML) file. */
public final class DisallowMixInDmlRule extends MixedChangeTypeRule {
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

    public DisallowMixInDmlRule() {
        super(ChangeType.DML, StatementKind.DDL);
    }

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    String message(String quotedStatement) {
        return "Data change can only run DML, " + quotedStatement + " is not DML: move it to a schema-change file.";
    }
}
