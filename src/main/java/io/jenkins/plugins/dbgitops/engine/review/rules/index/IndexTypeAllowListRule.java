package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.IndexMethods;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TableIndexes;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.statement.Statement;

/**
 * Bytebase's {@code index.type-allow-list}: index methods come from a list. The method is the {@code USING} clause
 * (PostgreSQL's access method, MySQL's BTREE or HASH), MySQL's FULLTEXT or SPATIAL kind, or BTREE when none is named.
 */
public final class IndexTypeAllowListRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("index.type-allow-list")
            .optIn()
            .title("Index type allowlist")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("The index uses a method outside the policy's allowlist.")
            .help("Use one of the allowed index types, or get the special index reviewed and extend the list.")
            .description("Checks the method of every index created by CREATE INDEX, CREATE TABLE and ALTER TABLE"
                    + " against `list`: USING gin, gist, brin, hash, btree; MySQL's FULLTEXT and SPATIAL kinds; BTREE"
                    + " when nothing is said. Special index types have their own costs (GIN write amplification,"
                    + " hash index limits) that a team may want to approve case by case.")
            .failing("CREATE INDEX idx_docs_tags ON docs USING gin (tags);")
            .passing("CREATE INDEX idx_docs_tags ON docs USING btree (tags);")
            .payload(PayloadField.stringList("list", List.of("BTREE", "HASH"), "Allowed index types."))
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return TableIndexes.STATEMENT_TYPES;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (statement.ast().isEmpty()) {
            return;
        }
        for (TableIndexes.NewIndex index : TableIndexes.created(statement)) {
            if (index.kind() == Ddl.IndexKind.FOREIGN || index.index() == null) {
                continue;
            }
            String type = IndexMethods.of(statement, index.index());
            List<String> allowed = rule.config().stringList("list").stream()
                    .map(allowedType -> allowedType.toUpperCase(Locale.ROOT)).toList();
            if (!allowed.contains(type)) {
                rule.report(statement, TableIndexes.offset(statement, index), "Index type "
                        + Naming.quote(statement.engine(), type) + " of index " + Naming.quote(statement.engine(),
                        index.name().isEmpty() ? "(unnamed)" : index.name()) + " is not allowed, only "
                        + String.join(", ", allowed) + ".");
            }
        }
    }
}
