package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.create.database.CreateDatabase;
import net.sf.jsqlparser.statement.create.schema.CreateSchema;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/**
 * The table options of a MySQL {@code CREATE TABLE} (after the column list) or {@code ALTER TABLE} (the clauses that
 * are not ADD, DROP, MODIFY, ...), read from the normalised text because JSqlParser 5.4 keeps them as loose strings
 * ({@code ALTER TABLE t CHARSET x} even becomes an "unspecific" expression). {@code CHARACTER SET} and
 * {@code DEFAULT CHARSET} are folded to {@code CHARSET}; values are lower case.
 *
 * @param create  whether the statement is a CREATE TABLE
 * @param table   the table name as written, without quotes
 * @param options option name (upper case) to value (lower case, {@code ''} for a blanked literal)
 * @param convert whether an ALTER TABLE converts the data with {@code CONVERT TO CHARACTER SET}
 */
public record MySqlTableOptions(boolean create, String table, Map<String, String> options, boolean convert) {
    private static final Set<String> ALTER_ACTIONS = Set.of("ADD", "DROP", "MODIFY", "CHANGE", "ALTER", "RENAME",
            "ORDER", "ENABLE", "DISABLE", "DISCARD", "IMPORT", "FORCE", "TRUNCATE", "COALESCE", "REORGANIZE",
            "EXCHANGE", "ANALYZE", "CHECK", "OPTIMIZE", "REBUILD", "REPAIR", "REMOVE", "UPGRADE", "PARTITION",
            "WITH", "WITHOUT");
    private static final Set<String> CREATE_BODY_END = Set.of("AS", "SELECT", "PARTITION", "IGNORE", "REPLACE",
            "LIKE");
    private static final Set<String> DATABASE_OPTIONS = Set.of("DEFAULT", "CHARACTER", "CHARSET", "COLLATE",
            "ENCRYPTION", "READ", "COMMENT");
    private static final List<String> TABLE_PREFIX = List.of("TEMPORARY", "ONLINE", "IGNORE", "OFFLINE");

    public MySqlTableOptions {
        options = Map.copyOf(options);
    }

    /** The options of a CREATE TABLE or ALTER TABLE; empty for every other statement. */
    public static Optional<MySqlTableOptions> of(StatementContext statement) {
        return statement.fact(READ);
    }

    /** Read once per statement: ten rules look at the same options. */
    private static final StatementContext.Fact<Optional<MySqlTableOptions>> READ =
            StatementContext.Fact.of(MySqlTableOptions::read);

    private static Optional<MySqlTableOptions> read(StatementContext statement) {
        if (statement.parsed() && statement.ast(CreateTable.class).isEmpty() && statement.ast(Alter.class).isEmpty()) {
            return Optional.empty();
        }
        List<String> tokens = SqlTokens.words(statement);
        if (SqlTokens.startsWith(tokens, TABLE_PREFIX, "CREATE", "TABLE")) {
            return Optional.of(create(tokens));
        }
        if (SqlTokens.startsWith(tokens, TABLE_PREFIX, "ALTER", "TABLE")) {
            return Optional.of(alter(tokens));
        }
        return Optional.empty();
    }

    /**
     * The options of CREATE/ALTER DATABASE or SCHEMA ({@code CHARACTER SET}, {@code COLLATE}), with the database
     * name in {@link #table()}; empty for every other statement.
     */
    public static Optional<MySqlTableOptions> ofDatabase(StatementContext statement) {
        if (!StatementTypes.mayBe(statement, CreateDatabase.class, CreateSchema.class)) {
            return Optional.empty();
        }
        List<String> tokens = SqlTokens.words(statement);
        boolean create = tokens.size() > 2 && tokens.get(0).equals("CREATE");
        if (tokens.size() < 3 || !create && !tokens.get(0).equals("ALTER")
                || !tokens.get(1).equals("DATABASE") && !tokens.get(1).equals("SCHEMA")) {
            return Optional.empty();
        }
        int name = 2;
        if (SqlTokens.matchesAt(tokens, name, "IF", "NOT", "EXISTS")) {
            name += 3;
        }
        boolean named = name < tokens.size() && !DATABASE_OPTIONS.contains(tokens.get(name));
        Map<String, String> options = new LinkedHashMap<>();
        readOptions(tokens.subList(Math.min(named ? name + 1 : name, tokens.size()), tokens.size()), options);
        return Optional.of(new MySqlTableOptions(create, named ? unquote(tokens, name) : "", options, false));
    }

    public Optional<String> get(String option) {
        return Optional.ofNullable(options.get(option));
    }

    private static MySqlTableOptions create(List<String> tokens) {
        int name = tableNameIndex(tokens);
        Map<String, String> options = new LinkedHashMap<>();
        int i = name + 1;
        if (i < tokens.size() && tokens.get(i).equals("(")) {
            i = skipGroup(tokens, i);
            int end = i;
            while (end < tokens.size() && !CREATE_BODY_END.contains(tokens.get(end)) && !tokens.get(end).equals("(")) {
                end++;
            }
            readOptions(tokens.subList(i, end), options);
        }
        return new MySqlTableOptions(true, unquote(tokens, name), options, false);
    }

    private static MySqlTableOptions alter(List<String> tokens) {
        int name = tableNameIndex(tokens);
        Map<String, String> options = new LinkedHashMap<>();
        boolean convert = false;
        int start = name + 1;
        int depth = 0;
        for (int i = start; i <= tokens.size(); i++) {
            String token = i < tokens.size() ? tokens.get(i) : ",";
            depth += token.equals("(") ? 1 : token.equals(")") ? -1 : 0;
            if (depth == 0 && (token.equals(",") || token.equals(";"))) {
                List<String> clause = tokens.subList(Math.min(start, i), i);
                if (!clause.isEmpty() && clause.get(0).equals("CONVERT")) {
                    convert = true;
                    readOptions(clause.subList(Math.min(2, clause.size()), clause.size()), options);
                } else if (!clause.isEmpty() && !ALTER_ACTIONS.contains(clause.get(0))) {
                    readOptions(clause, options);
                }
                start = i + 1;
            }
        }
        return new MySqlTableOptions(false, unquote(tokens, name), options, convert);
    }

    /** Reads {@code KEY [=] value} pairs, folding the spellings of the character set option. */
    private static void readOptions(List<String> tokens, Map<String, String> options) {
        int i = 0;
        while (i < tokens.size()) {
            String key = tokens.get(i);
            if (key.equals("DEFAULT") || key.equals(",")) {
                i++;
                continue;
            }
            if (key.equals("CHARACTER") && i + 1 < tokens.size() && tokens.get(i + 1).equals("SET")) {
                key = "CHARSET";
                i++;
            }
            i++;
            if (i < tokens.size() && tokens.get(i).equals("=")) {
                i++;
            }
            if (i < tokens.size()) {
                options.put(key, tokens.get(i).toLowerCase(Locale.ROOT));
                i++;
            }
        }
    }

    private static int tableNameIndex(List<String> tokens) {
        int table = tokens.indexOf("TABLE");
        int name = table + 1;
        if (SqlTokens.matchesAt(tokens, name, "IF", "NOT", "EXISTS")) {
            name += 3;
        } else if (SqlTokens.matchesAt(tokens, name, "IF", "EXISTS")) {
            name += 2;
        }
        return Math.min(name, tokens.size() - 1);
    }

    private static int skipGroup(List<String> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            depth += tokens.get(i).equals("(") ? 1 : tokens.get(i).equals(")") ? -1 : 0;
            if (depth == 0) {
                return i + 1;
            }
        }
        return tokens.size();
    }

    private static String unquote(List<String> tokens, int index) {
        return index < 0 || index >= tokens.size() ? "" : tokens.get(index).toLowerCase(Locale.ROOT);
    }
}
