package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.ColumnDefinitions;
import io.jenkins.plugins.dbgitops.engine.sql.SqlText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/**
 * The column definitions a statement writes: the columns of a CREATE TABLE and those of ALTER TABLE ... ADD, MODIFY,
 * CHANGE or ALTER COLUMN ... TYPE, each with its definition as normalised tokens (upper case, literals blanked), so
 * rules can look for {@code UNSIGNED}, {@code CHARSET}, {@code AFTER} without re-reading the syntax tree. One model:
 * each {@link Column} is the token view of a {@link DefinedColumn} of the same statement, in the same order.
 */
public final class DefinedColumns {
    /** The types Bytebase's charset and collation rules check; ENUM and SET also have a character set but are not. */
    private static final Set<String> CHARACTER_TYPES = Set.of("CHAR", "VARCHAR", "CHARACTER", "TINYTEXT", "TEXT",
            "MEDIUMTEXT", "LONGTEXT");

    private DefinedColumns() {
    }

    /** How the column is written. */
    public enum Kind {
        CREATE_TABLE,
        ADD,
        MODIFY,
        CHANGE,
        ALTER_TYPE
    }

    /**
     * One written column.
     *
     * @param table   the table as written
     * @param kind    the clause that defines it
     * @param name    the column's (new) name, without quotes
     * @param oldName the old name of a CHANGE COLUMN, else null
     * @param tokens  the definition after the name, normalised: the type first, then the options
     * @param offset  where the column's name is written in the statement text, 0 if it was not found
     * @param definition the type and options as JSqlParser prints them, literals included (never a secret here)
     */
    public record Column(String table, Kind kind, String name, String oldName, List<String> tokens, int offset,
            String definition) {
        /** The base type in upper case, e.g. {@code VARCHAR}, {@code DOUBLE}, {@code ENUM}. */
        public String baseType() {
            return tokens.isEmpty() ? "" : tokens.get(0);
        }

        public boolean has(String... words) {
            return SqlTokens.contains(tokens, words);
        }

        /** The value after a keyword such as {@code COLLATE}, skipping an optional {@code =}. */
        public Optional<String> valueAfter(String... words) {
            int at = SqlTokens.indexOf(tokens, 0, words);
            int value = at + words.length;
            if (at < 0 || value >= tokens.size()) {
                return Optional.empty();
            }
            value += tokens.get(value).equals("=") ? 1 : 0;
            return value < tokens.size() ? Optional.of(tokens.get(value)) : Optional.empty();
        }

        /** The column's character set: {@code CHARACTER SET x} or {@code CHARSET x}. */
        public Optional<String> charset() {
            return valueAfter("CHARACTER", "SET").or(() -> valueAfter("CHARSET"));
        }

        public Optional<String> collation() {
            return valueAfter("COLLATE");
        }

        /** Whether the type is CHAR, VARCHAR or a TEXT type, whose character set and collation matter most. */
        public boolean isCharacterType() {
            return CHARACTER_TYPES.contains(baseType());
        }

        /** {@code table.column}, for messages. */
        public String qualifiedName() {
            return table + "." + name;
        }
    }

    /**
     * The syntax-tree types {@link #of} finds columns in; a rule that only judges these columns may declare them as
     * its statement types.
     */
    public static final List<Class<? extends Statement>> STATEMENT_TYPES = List.of(CreateTable.class, Alter.class);

    /** Found once per statement: a dozen rules read the same columns. */
    private static final StatementContext.Fact<List<Column>> COLUMNS = StatementContext.Fact.of(DefinedColumns::find);

    /** The columns written by a CREATE TABLE or ALTER TABLE; empty for any other statement. Unmodifiable. */
    public static List<Column> of(StatementContext statement) {
        return statement.fact(COLUMNS);
    }

    private static List<Column> find(StatementContext statement) {
        Statement ast = statement.ast().orElse(null);
        String table = ast instanceof CreateTable create ? create.getTable().getName()
                : ast instanceof Alter alter ? alter.getTable().getName() : null;
        if (table == null) {
            return List.of();
        }
        List<Column> columns = new ArrayList<>();
        Locator locator = new Locator(statement.text(), ColumnDefinitions.unquote(table));
        // Ddl's column list of the statement, shared with other rules: it reads each column's specs once
        for (DefinedColumn defined : Ddl.definedColumns(ast)) {
            Kind kind = defined.operation() == null ? Kind.CREATE_TABLE : kind(defined.operation());
            columns.add(column(statement, locator, table, kind, defined, defined.oldName()));
        }
        return List.copyOf(columns);
    }

    private static Kind kind(AlterOperation operation) {
        return switch (operation) {
            case ADD -> Kind.ADD;
            case MODIFY -> Kind.MODIFY;
            case CHANGE -> Kind.CHANGE;
            case ALTER -> Kind.ALTER_TYPE;
            default -> null;
        };
    }

    private static Column column(StatementContext statement, Locator locator, String table, Kind kind,
            DefinedColumn defined, String oldName) {
        ColumnDefinition definition = defined.definition();
        String written = definition.getColDataType() + " " + String.join(" ", defined.specWords());
        List<String> tokens = new ArrayList<>(SqlTokens.words(SqlText.normalize(written, statement.engine())));
        // PostgreSQL's ALTER COLUMN c [SET DATA] TYPE t keeps the keywords in the type
        while (kind == Kind.ALTER_TYPE && !tokens.isEmpty()
                && (tokens.get(0).equals("SET") || tokens.get(0).equals("DATA") || tokens.get(0).equals("TYPE"))) {
            tokens.remove(0);
        }
        String name = ColumnDefinitions.unquote(definition.getColumnName());
        return new Column(ColumnDefinitions.unquote(table), kind, name,
                oldName == null ? null : ColumnDefinitions.unquote(oldName), List.copyOf(tokens), locator.next(name),
                written);
    }

    /**
     * Finds column names in the statement text, in definition order, after the table name: JSqlParser 5.4 keeps no
     * positions for column definitions, and Bytebase reports these findings at the column's line.
     */
    private static final class Locator {
        private final String text;
        private int cursor;

        Locator(String text, String table) {
            this.text = text;
            int at = find(table, 0);
            this.cursor = at < 0 ? 0 : at + table.length();
        }

        int next(String name) {
            int at = find(name, cursor);
            if (at < 0) {
                return 0;
            }
            cursor = at + name.length();
            return at;
        }

        /** The next whole-word, case-insensitive occurrence, or -1. */
        private int find(String word, int from) {
            if (word.isEmpty()) {
                return -1;
            }
            char upper = Character.toUpperCase(word.charAt(0));
            char lower = Character.toLowerCase(word.charAt(0));
            for (int i = from; i + word.length() <= text.length(); i++) {
                char c = text.charAt(i);
                // a cheap test of the first character before the case-insensitive compare at every offset
                if (c != upper && c != lower && c < 128 && word.charAt(0) < 128) {
                    continue;
                }
                if (text.regionMatches(true, i, word, 0, word.length()) && !identifierChar(i - 1)
                        && !identifierChar(i + word.length())) {
                    return i;
                }
            }
            return -1;
        }

        private boolean identifierChar(int index) {
            if (index < 0 || index >= text.length()) {
                return false;
            }
            char c = text.charAt(index);
            return Character.isLetterOrDigit(c) || c == '_' || c == '$';
        }
    }
}
