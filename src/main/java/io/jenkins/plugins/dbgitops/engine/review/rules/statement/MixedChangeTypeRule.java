package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.migration.ChangeType;
import io.jenkins.plugins.dbgitops.engine.migration.MigrationDirectives;
import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;

/**
 * The family of {@code statement.disallow-mix-in-ddl} and {@code -dml}: a file of one change type (its header
 * directive, or what the caller read) runs no statement of the other kind.
 */
abstract class MixedChangeTypeRule implements Rule {
    private final ChangeType fileType;
    private final StatementKind foreignKind;
    private ChangeType changeType = ChangeType.DDL;

    /**
     * @param fileType    the change type of the files this rule judges
     * @param foreignKind the kind of statement such a file must not run
     */
    MixedChangeTypeRule(ChangeType fileType, StatementKind foreignKind) {
        this.fileType = fileType;
        this.foreignKind = foreignKind;
    }

    /** The file's change type; its header directive decides when the caller did not read it. */
    @Override
    public void startFile(FileContext file, RuleContext rule) {
        changeType = MigrationDirectives.read(file.content()).type().orElse(file.changeType());
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (changeType == fileType && StatementKind.of(statement) == foreignKind) {
            rule.report(statement, message(StatementTexts.quote(statement)));
        }
    }

    /** The finding, given the statement as messages quote it. */
    abstract String message(String quotedStatement);
}
