package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import io.jenkins.plugins.dbgitops.engine.review.catalog.ColumnDefinitions;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.sf.jsqlparser.parser.ASTNodeAccess;
import net.sf.jsqlparser.parser.Node;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;

/** Small helpers the statement rules share: quoting a statement in a message, and resolving table aliases. */
public final class StatementTexts {
    private static final int MAX_QUOTE = 80;

    private StatementTexts() {
    }

    /** The statement on one line, shortened, in double quotes, as Bytebase's messages quote it. */
    public static String quote(StatementContext statement) {
        return statement.fact(QUOTED);
    }

    /** Quoted once per statement: many rules quote the same statement, one finding each. */
    private static final StatementContext.Fact<String> QUOTED = StatementContext.Fact.of(StatementTexts::quoteOnce);

    /**
     * The stripped text with each run of {@code \s} replaced by one space, cut to {@link #MAX_QUOTE}; reads only as
     * far as the quote needs (a statement may be megabytes long) instead of a regex over the whole text.
     */
    private static String quoteOnce(StatementContext statement) {
        String stripped = statement.text().strip(); // no leading or trailing \s left
        StringBuilder text = new StringBuilder(Math.min(stripped.length(), MAX_QUOTE + 1));
        boolean space = false;
        for (int i = 0; i < stripped.length() && text.length() <= MAX_QUOTE; i++) {
            char c = stripped.charAt(i);
            if (isRegexSpace(c)) {
                space = true;
                continue;
            }
            if (space) {
                text.append(' ');
                space = false;
                if (text.length() > MAX_QUOTE) {
                    break;
                }
            }
            text.append(c);
        }
        String quoted = text.length() > MAX_QUOTE ? text.substring(0, MAX_QUOTE - 3) + "..." : text.toString();
        return "\"" + quoted + "\"";
    }

    /** The characters of the regex class {@code \s}: space, \t, \n, \x0B, \f, \r. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** The table name without quotes and schema, for messages. */
    public static String name(Table table) {
        return ColumnDefinitions.unquote(table.getName());
    }

    /** Maps every alias and table name of a FROM clause (lower case) to its table. */
    public static Map<String, Table> scope(FromItem from, List<Join> joins) {
        Map<String, Table> scope = new HashMap<>();
        addToScope(scope, from);
        if (joins != null) {
            for (Join join : joins) {
                addToScope(scope, join.getFromItem());
            }
        }
        return scope;
    }

    public static void addToScope(Map<String, Table> scope, FromItem item) {
        if (item instanceof Table table) {
            scope.put(key(table.getName()), table);
            if (table.getAlias() != null) {
                scope.put(key(table.getAlias().getName()), table);
            }
        }
    }

    /**
     * The catalog table a column belongs to: by its qualifier, or the only table in scope for an unqualified column;
     * empty when unknown or ambiguous.
     */
    public static Optional<CatalogTable> tableOf(Column column, Map<String, Table> scope, StatementContext statement) {
        Table qualifier = column.getTable();
        Table table;
        if (qualifier != null && qualifier.getName() != null) {
            table = scope.get(key(qualifier.getName()));
        } else {
            table = onlyTable(scope);
        }
        return table == null ? Optional.empty() : statement.catalog().table(table.getFullyQualifiedName());
    }

    /** The one table of the scope (its name and alias both map to it), or null when there are none or several. */
    private static Table onlyTable(Map<String, Table> scope) {
        Table only = null;
        for (Table table : scope.values()) {
            if (only == null) {
                only = table;
            } else if (!only.equals(table)) {
                return null;
            }
        }
        return only;
    }

    /**
     * The offset within the statement's text where a syntax-tree node starts, from the token position JSqlParser
     * 5.4 keeps for select blocks and expressions (lines and columns relative to the statement); 0 when unknown.
     */
    public static int offsetOf(StatementContext statement, ASTNodeAccess node) {
        Node tree = node.getASTNode();
        Token token = tree == null ? null : tree.jjtGetFirstToken();
        if (token == null || token.beginLine < 1) {
            return 0;
        }
        String text = statement.text();
        int offset = 0;
        for (int line = 1; line < token.beginLine; line++) {
            int newline = text.indexOf('\n', offset);
            if (newline < 0) {
                return 0;
            }
            offset = newline + 1;
        }
        return Math.min(text.length(), offset + Math.max(0, token.beginColumn - 1));
    }

    public static String key(String identifier) {
        return ColumnDefinitions.unquote(identifier).toLowerCase(Locale.ROOT);
    }
}
