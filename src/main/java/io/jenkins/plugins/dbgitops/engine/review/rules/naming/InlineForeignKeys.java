package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/**
 * Named foreign keys written on a column ({@code author_id int CONSTRAINT fk_x REFERENCES author (id)}), in CREATE
 * TABLE and ALTER TABLE ... ADD COLUMN: JSqlParser keeps them as plain column specs, not as indexes.
 */
final class InlineForeignKeys {
    private static final Pattern REFERENCES = Pattern.compile("(?i)REFERENCES\\s+([^\\s(]+)\\s*(?:\\(([^)]*)\\))?");

    /** One inline foreign key; {@code referencedColumn} is empty when the referenced primary key is meant. */
    record InlineForeignKey(String table, String name, String column, String referencedTable,
            String referencedColumn) {
    }

    private InlineForeignKeys() {
    }

    static List<InlineForeignKey> of(Statement ast) {
        List<InlineForeignKey> keys = new ArrayList<>();
        if (ast instanceof CreateTable create && create.getColumnDefinitions() != null) {
            String table = Ddl.tableName(create.getTable());
            create.getColumnDefinitions().forEach(definition -> read(table, definition.getColumnName(),
                    definition.getColumnSpecs(), keys));
        } else if (ast instanceof Alter alter) {
            String table = Ddl.tableName(alter.getTable());
            for (AlterExpression expression : Ddl.expressions(alter)) {
                if (expression.getOperation() == AlterOperation.ADD && expression.getColDataTypeList() != null) {
                    expression.getColDataTypeList().forEach(column -> read(table, column.getColumnName(),
                            column.getColumnSpecs(), keys));
                }
            }
        }
        return keys;
    }

    /**
     * Reads {@code CONSTRAINT name REFERENCES table [(columns)]} from a column's specs; JSqlParser keeps
     * {@code REFERENCES author(id)} as one spec or several, so the specs after the name are read as text.
     */
    private static void read(String table, String column, List<String> specs, List<InlineForeignKey> keys) {
        if (specs == null) {
            return;
        }
        for (int i = 0; i + 2 < specs.size(); i++) {
            if (specs.get(i).equalsIgnoreCase("CONSTRAINT")) {
                Matcher reference = REFERENCES.matcher(String.join(" ", specs.subList(i + 2, specs.size())));
                if (reference.lookingAt()) {
                    String columns = reference.group(2) == null ? "" : reference.group(2);
                    String referenced = String.join("_", Arrays.stream(columns.split(",")).map(String::trim)
                            .filter(name -> !name.isEmpty()).map(Ddl::unquote).toList());
                    keys.add(new InlineForeignKey(table, Ddl.unquote(specs.get(i + 1)), Ddl.unquote(column),
                            Ddl.tableName(new Table(reference.group(1))), referenced));
                }
            }
        }
    }
}
