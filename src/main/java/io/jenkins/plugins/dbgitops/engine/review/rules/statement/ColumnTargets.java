package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Token;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The lists of column names within one statement that must not repeat, as Squawk's ban-duplicate-column-assignments
 * reads them from its syntax tree: each {@code SET} list (UPDATE, ON CONFLICT DO UPDATE, MERGE ... UPDATE), an
 * INSERT or MERGE ... INSERT column list, the columns of CREATE [FOREIGN] TABLE, a view's column list or else the
 * names its SELECT gives, and the names of a SELECT ... INTO. Read from tokens, since JSqlParser 5.4 parses few of
 * these forms and keeps no positions.
 */
final class ColumnTargets {
    /**
     * One column name.
     *
     * @param at      the token to report at
     * @param name    the name as written, without quotes
     * @param quoted  whether it was quoted (and so keeps its case on PostgreSQL)
     * @param partial whether it assigns a field or element ({@code a.x}, {@code a[1]}) rather than the column
     */
    record Target(Token at, String name, boolean quoted, boolean partial) {
        static Target of(Token token, boolean partial) {
            return new Target(token, token.text(), token.kind() == Token.Kind.QUOTED, partial);
        }
    }

    private static final Set<String> DML = Set.of("UPDATE", "INSERT", "MERGE", "WITH");

    private static final Set<String> SET_LIST_ENDS = Set.of("WHERE", "FROM", "RETURNING", "WHEN", "ON");
    private static final Set<String> TARGET_LIST_ENDS = Set.of("FROM", "INTO", "WHERE", "GROUP", "HAVING", "ORDER",
            "LIMIT", "OFFSET", "UNION", "INTERSECT", "EXCEPT", "WINDOW", "FETCH", "FOR", "WITH");
    private static final Set<String> TABLE_CONSTRAINTS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK",
            "FOREIGN", "EXCLUDE", "LIKE");

    private ColumnTargets() {
    }

    /**
     * Whether the statement may hold a target list, from its first word and a scan of its text, so that most SELECT
     * and DELETE statements need not be tokenised for this alone: statements that start with another word list
     * targets only at an {@code INSERT} or a SELECT's {@code INTO}.
     */
    static boolean possible(StatementContext statement) {
        String first = SqlTokens.firstWord(statement);
        return first.equals("CREATE") || DML.contains(first) || mayMentionInsertOrInto(statement.text());
    }

    /** Whether {@code insert} or {@code into} occurs in any ASCII case, or a character upper-casing may turn into one. */
    private static boolean mayMentionInsertOrInto(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 // upper-cased, a word may become INSERT (ı is I, ſ is S)
                    || (c | 0x20) == 'i' && (text.regionMatches(true, i, "into", 0, 4)
                            || text.regionMatches(true, i, "insert", 0, 6))) {
                return true;
            }
        }
        return false;
    }

    /** The statement's target lists, each a list of targets whose names must differ. */
    static List<List<Target>> of(List<Token> tokens) {
        List<List<Target>> lists = new ArrayList<>();
        if (tokens.isEmpty()) {
            return lists;
        }
        Token first = tokens.get(0);
        if (first.is("CREATE")) {
            createTableOrView(tokens, lists);
            return lists;
        }
        if (first.is("SELECT") && depthZeroIndex(tokens, "INTO") >= 0) {
            lists.add(selectTargets(tokens, 0));
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.is("SET") && first.kind() == Token.Kind.WORD && DML.contains(first.upper())) {
                lists.add(setList(tokens, i + 1));
            } else if (token.is("INSERT")) {
                int open = i + 1;
                if (Tokens.startsWith(tokens, open, "INTO")) {
                    open = Tokens.skipName(tokens, open + 1);
                    open += Tokens.startsWith(tokens, open, "AS") ? 2 : 0;
                }
                if (open + 1 < tokens.size() && tokens.get(open).isSymbol('(') && tokens.get(open + 1).isIdentifier()
                        && !tokens.get(open + 1).is("SELECT") && !tokens.get(open + 1).is("WITH")
                        && !tokens.get(open + 1).is("VALUES")) {
                    lists.add(nameList(tokens, open));
                }
            }
        }
        return lists;
    }

    private static void createTableOrView(List<Token> tokens, List<List<Target>> lists) {
        int open = -1;
        for (int i = 1; i < tokens.size() && open < 0 && !tokens.get(i).isSymbol('('); i++) {
            if (tokens.get(i).is("TABLE") || tokens.get(i).is("VIEW")) {
                open = Tokens.skipName(tokens, Tokens.skipIfExists(tokens, i + 1));
                if (tokens.get(i).is("VIEW")) {
                    if (open < tokens.size() && tokens.get(open).isSymbol('(')) {
                        lists.add(nameList(tokens, open));
                    } else {
                        int select = Tokens.find(tokens, open, "SELECT");
                        if (select >= 0) {
                            lists.add(selectTargets(tokens, select));
                        }
                    }
                    return;
                }
            }
        }
        if (open < 0 || open >= tokens.size() || !tokens.get(open).isSymbol('(')) {
            return;
        }
        List<Target> columns = new ArrayList<>();
        for (List<Token> arg : Tokens.splitTopLevel(tokens.subList(open + 1, closing(tokens, open)), 0)) {
            if (!arg.isEmpty() && arg.get(0).isIdentifier()
                    && !(arg.get(0).kind() == Token.Kind.WORD && TABLE_CONSTRAINTS.contains(arg.get(0).upper()))) {
                columns.add(Target.of(arg.get(0), false));
            }
        }
        lists.add(columns);
    }

    /** {@code a = 1, (b, c) = (2, 3), d.x = 4} from {@code from} to the end of the SET list. */
    private static List<Target> setList(List<Token> tokens, int from) {
        List<Target> targets = new ArrayList<>();
        int i = from;
        while (i < tokens.size()) {
            if (tokens.get(i).isSymbol('(')) {
                targets.addAll(nameList(tokens, i));
                i = closing(tokens, i) + 1;
            } else if (tokens.get(i).isIdentifier()) {
                targets.add(target(tokens, i));
            } else {
                return targets;
            }
            int depth = 0; // skip to the '=' and over the expression
            for (; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                depth += token.isSymbol('(') || token.isSymbol('[') ? 1 : token.isSymbol(')') || token.isSymbol(']') ? -1 : 0;
                if (depth < 0 || depth == 0 && (token.isSymbol(';')
                        || token.kind() == Token.Kind.WORD && SET_LIST_ENDS.contains(token.upper()))) {
                    return targets;
                }
                if (depth == 0 && token.isSymbol(',')) {
                    i++;
                    break;
                }
            }
        }
        return targets;
    }

    /** The names in the parenthesised list opening at {@code open}. */
    private static List<Target> nameList(List<Token> tokens, int open) {
        List<Target> targets = new ArrayList<>();
        for (List<Token> item : Tokens.splitTopLevel(tokens.subList(open + 1, closing(tokens, open)), 0)) {
            if (!item.isEmpty() && item.get(0).isIdentifier()) {
                targets.add(Target.of(item.get(0), item.size() > 1 && (item.get(1).isSymbol('.') || item.get(1).isSymbol('['))));
            }
        }
        return targets;
    }

    private static Target target(List<Token> tokens, int i) {
        boolean partial = i + 1 < tokens.size() && (tokens.get(i + 1).isSymbol('.') || tokens.get(i + 1).isSymbol('['));
        return Target.of(tokens.get(i), partial);
    }

    /** The output names of the SELECT at {@code select}: aliases, else the names PostgreSQL infers. */
    private static List<Target> selectTargets(List<Token> tokens, int select) {
        int from = select + 1;
        if (Tokens.startsWith(tokens, from, "ALL") || Tokens.startsWith(tokens, from, "DISTINCT")) {
            from++;
        }
        int end = from;
        int depth = 0;
        for (; end < tokens.size(); end++) {
            Token token = tokens.get(end);
            depth += token.isSymbol('(') ? 1 : token.isSymbol(')') ? -1 : 0;
            if (depth < 0 || depth == 0 && (token.isSymbol(';')
                    || token.kind() == Token.Kind.WORD && TARGET_LIST_ENDS.contains(token.upper()))) {
                break;
            }
        }
        List<Target> targets = new ArrayList<>();
        for (List<Token> item : Tokens.splitTopLevel(tokens.subList(from, end), 0)) {
            OutputNames.of(item).ifPresent(targets::add);
        }
        return targets;
    }

    private static int depthZeroIndex(List<Token> tokens, String keyword) {
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            depth += tokens.get(i).isSymbol('(') ? 1 : tokens.get(i).isSymbol(')') ? -1 : 0;
            if (depth == 0 && tokens.get(i).is(keyword)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the parenthesis closing the one at {@code open}, or the token count. */
    static int closing(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            depth += tokens.get(i).isSymbol('(') ? 1 : tokens.get(i).isSymbol(')') ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return tokens.size();
    }
}
