package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.migration.ChangeType;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;

/** Bytebase's {@code statement.disallow-mix-in-ddl}: DML statements in a schema-change (DDL) file. */
public final class DisallowMixInDdlRule extends MixedChangeTypeRule {
    public DisallowMixInDdlRule() {
        super(ChangeType.DDL, StatementKind.DML);
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
