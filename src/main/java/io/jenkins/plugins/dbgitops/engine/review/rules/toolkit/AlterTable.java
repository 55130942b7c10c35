package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import java.util.Optional;

/**
 * An {@code ALTER TABLE} statement read token-wise, so that rules see clauses JSqlParser 5.4 rejects
 * ({@code ADD CONSTRAINT ... NOT VALID}, {@code ... USING INDEX}, {@code SET DATA TYPE}) the same way as those it
 * accepts. Every clause of a multi-clause statement ({@code ALTER TABLE t ADD a int, DROP b}) is kept.
 *
 * @param table   the table's name as written, quotes removed, schema-qualified when written so
 * @param clauses the actions, split at top-level commas
 */
public record AlterTable(String table, List<Clause> clauses) {
    /** Read once per statement: a dozen rules look at the same clauses. */
    private static final StatementContext.Fact<Optional<AlterTable>> READ = StatementContext.Fact.of(AlterTable::read);

    /** The statement as an {@code ALTER TABLE}, or empty for any other statement. */
    public static Optional<AlterTable> of(StatementContext statement) {
        return statement.fact(READ);
    }

    private static Optional<AlterTable> read(StatementContext statement) {
        List<Token> tokens = SqlTokens.startingWith(statement, "ALTER", "TABLE");
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        int i = Tokens.skipIfExists(tokens, 2);
        if (Tokens.startsWith(tokens, i, "ONLY")) {
            i++;
        }
        int end = Tokens.skipName(tokens, i);
        if (end == i) {
            return Optional.empty();
        }
        String table = Tokens.name(tokens, i, end);
        if (end < tokens.size() && tokens.get(end).isSymbol('*')) {
            end++;
        }
        List<Clause> clauses = Tokens.splitTopLevel(tokens, end).stream().filter(part -> !part.isEmpty())
                .map(Clause::new).toList();
        return Optional.of(new AlterTable(table, clauses));
    }

    /** Whether the files under review created this table, so it is still empty when the change deploys. */
    public boolean createdInReview(StatementContext statement) {
        return Tables.createdInReview(statement, table);
    }

    /** One action of an {@code ALTER TABLE}. */
    public record Clause(List<Token> tokens) {
        /** Whether the clause begins with the keywords. */
        public boolean startsWith(String... keywords) {
            return Tokens.startsWith(tokens, 0, keywords);
        }

        public boolean contains(String... keywords) {
            return Tokens.contains(tokens, keywords);
        }

        public int find(String... keywords) {
            return Tokens.find(tokens, 0, keywords);
        }

        /** The clause's offset in the statement's text. */
        public int offset() {
            return tokens.get(0).offset();
        }

        /** Whether this is {@code ADD [COLUMN]} of a column (not a constraint). */
        public boolean isAddColumn() {
            if (!startsWith("ADD") || tokens.size() < 2) {
                return false;
            }
            Token second = tokens.get(1);
            return second.is("COLUMN") || second.isIdentifier() && !isConstraintKeyword(second);
        }

        /** The column an {@code ADD COLUMN}, {@code ALTER COLUMN}, {@code DROP COLUMN} clause names, or empty. */
        public Optional<String> column() {
            int i = 1;
            if (i < tokens.size() && tokens.get(i).is("COLUMN")) {
                i++;
            }
            i = Tokens.skipIfExists(tokens, i);
            return i < tokens.size() && tokens.get(i).isIdentifier() ? Optional.of(tokens.get(i).text()) : Optional.empty();
        }

        /** The index of the first token after the column name of an ADD/ALTER/DROP COLUMN clause. */
        public int afterColumn() {
            int i = 1;
            if (i < tokens.size() && tokens.get(i).is("COLUMN")) {
                i++;
            }
            return Tokens.skipIfExists(tokens, i) + 1;
        }

        /** The text of the clause from token {@code from} to its end, as written. */
        public String text(String statementText, int from) {
            if (from >= tokens.size()) {
                return "";
            }
            Token last = tokens.get(tokens.size() - 1);
            int end = last.offset() + (last.kind() == Token.Kind.QUOTED ? last.text().length() + 2 : last.text().length());
            return statementText.substring(tokens.get(from).offset(), Math.min(end, statementText.length()));
        }

        private static boolean isConstraintKeyword(Token token) {
            switch (token.upper()) {
                case "CONSTRAINT":
                case "PRIMARY":
                case "UNIQUE":
                case "CHECK":
                case "FOREIGN":
                case "EXCLUDE":
                case "INDEX":
                case "KEY":
                case "FULLTEXT":
                case "SPATIAL":
                case "PARTITION":
                    return token.kind() == Token.Kind.WORD;
                default:
                    return false;
            }
        }
    }
}
