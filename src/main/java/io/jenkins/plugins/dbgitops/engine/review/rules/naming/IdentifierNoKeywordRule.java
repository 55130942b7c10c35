package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NameOffsets;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ParsedRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ReservedWords;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TableIndexes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.RenameTableStatement;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/** Bytebase's {@code naming.identifier.no-keyword}: tables, columns, indexes and constraints are not reserved words. */
public final class IdentifierNoKeywordRule extends ParsedRule {
    /** The introduced names, worked out once per statement for this rule and naming.identifier.case. */
    static final StatementContext.Fact<Set<String>> IDENTIFIERS = StatementContext.Fact.of(
            statement -> identifiers(statement.ast().orElseThrow()));

    public IdentifierNoKeywordRule() {
        // the statements that introduce names
        super(List.of(CreateTable.class, Alter.class, CreateIndex.class, RenameTableStatement.class));
    }

    @Override
    protected void check(Statement ast, StatementContext statement, RuleContext rule) {
        for (String identifier : statement.fact(IDENTIFIERS)) {
            if (ReservedWords.isReserved(statement.engine(), identifier)) {
                rule.report(statement, NameOffsets.offsetOf(statement.text(), identifier, 0, 0), "Identifier \""
                        + identifier + "\" is a keyword and should be avoided.");
            }
        }
    }

    /** The names a statement introduces: tables, columns, and index or constraint names. */
    static Set<String> identifiers(Statement ast) {
        Set<String> names = new LinkedHashSet<>(Ddl.introducedTables(ast));
        for (Ddl.TableColumn column : Ddl.introducedColumns(ast)) {
            names.add(column.column());
        }
        for (TableIndexes.NewIndex index : TableIndexes.created(ast)) {
            if (!index.name().isEmpty()) {
                names.add(index.name());
            }
        }
        return names;
    }
}
