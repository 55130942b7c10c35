package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.migration.ChangeType;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;

/** Bytebase's {@code statement.disallow-mix-in-ddl}: DML statements in a schema-change (DDL) file. */
public final class DisallowMixInDdlRule extends MixedChangeTypeRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.disallow-mix-in-ddl")
            .optIn()
            .title("No DML in schema-change files")
            .origin("dbgitops; formerly Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("A data change inside a schema-change file runs with the schema change's locks and cannot be reviewed or rerun on its own.")
            .help("Move INSERT, UPDATE and DELETE statements into their own file whose name ends in _dml.")
            .description("In a DDL file (the default change type), flags INSERT, UPDATE, DELETE and MERGE"
                    + " statements. Schema changes and data changes have different risks, reviewers and rollback"
                    + " stories; on MySQL every DDL statement commits implicitly, so a failure halfway leaves the"
                    + " data change half applied.")
            .failing("ALTER TABLE orders ADD COLUMN channel varchar(16);\n"
                    + "UPDATE orders SET channel = 'web' WHERE channel IS NULL;")
            .passing("ALTER TABLE orders ADD COLUMN channel varchar(16);")
            .build();

    public DisallowMixInDdlRule() {
        super(ChangeType.DDL, StatementKind.DML);
    }

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    /** Only data changes are reported; any other statement type is never DML. */
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return StatementKind.DML_TYPES;
    }

    @Override
    String message(String quotedStatement) {
        return "Alter schema can only run DDL, " + quotedStatement + " is not DDL: move it to a _dml file.";
    }
}
