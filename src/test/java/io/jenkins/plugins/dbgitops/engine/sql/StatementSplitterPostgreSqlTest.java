package io.jenkins.plugins.dbgitops.engine.sql;

import static io.jenkins.plugins.dbgitops.engine.sql.SplitResults.assertPosition;
import static io.jenkins.plugins.dbgitops.engine.sql.SplitResults.assertStatements;
import static io.jenkins.plugins.dbgitops.engine.sql.SplitResults.split;
import static io.jenkins.plugins.dbgitops.engine.sql.SplitResults.splitError;
import static io.jenkins.plugins.dbgitops.engine.sql.SplitResults.statement;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** PostgreSQL, and the engines that read SQL much like it: H2 and SQLite. */
class StatementSplitterPostgreSqlTest {
    private static final SqlEngine PG = SqlEngine.POSTGRESQL;

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"POSTGRESQL", "H2"})
    void shouldKeepADollarQuotedBodyInOneStatement(SqlEngine engine) {
        // Given
        String script = "DO $$\nBEGIN\n  RAISE NOTICE 'a;b';\nEND\n$$;\nSELECT 1;";

        // When
        List<SqlStatement> statements = split(engine, script);

        // Then
        assertStatements(statements,
                statement("DO $$\nBEGIN\n  RAISE NOTICE 'a;b';\nEND\n$$", 1, 1),
                statement("SELECT 1", 6, 1));
    }

    @Test
    void shouldKeepATaggedDollarQuoteThatContainsAnUntaggedOne() {
        // Given
        String function = """
                CREATE OR REPLACE FUNCTION audit() RETURNS trigger AS $body$
                BEGIN
                  EXECUTE $$INSERT INTO log VALUES ('x;')$$;
                  RETURN NEW;
                END;
                $body$ LANGUAGE plpgsql""";
        String trigger = "CREATE TRIGGER trg AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION audit()";
        String script = function + ";\n" + trigger + ";\n";

        // When
        List<SqlStatement> statements = split(PG, script);

        // Then
        assertStatements(statements, statement(function, 1, 1), statement(trigger, 7, 1));
    }

    @Test
    void shouldSplitARealisticPlPgSqlMigration() {
        // Given
        String function = """
                CREATE FUNCTION public.transfer(from_id bigint, to_id bigint, amount numeric)
                RETURNS void
                LANGUAGE plpgsql
                AS $fn$
                DECLARE
                  balance numeric; -- it's checked below; don't remove
                BEGIN
                  SELECT a.balance INTO balance FROM account a WHERE a.id = $1 FOR UPDATE;
                  IF balance < amount THEN
                    RAISE EXCEPTION 'insufficient funds: %; need %', balance, amount;
                  END IF;
                  /* "$$" and ';' are text here */
                  UPDATE account SET balance = balance - amount WHERE id = from_id;
                  UPDATE account SET balance = balance + amount WHERE id = to_id;
                END;
                $fn$""";
        String grant = "GRANT EXECUTE ON FUNCTION public.transfer(bigint, bigint, numeric) TO app";
        String script = "-- Keeps balances in sync; see ticket 42\n" + function + ";\n\n" + grant + ";\n";

        // When
        List<SqlStatement> statements = split(PG, script);

        // Then
        assertStatements(statements, statement(function, 2, 1), statement(grant, 19, 1));
        assertThat(statements.get(0).leadingComments()).isEqualTo("-- Keeps balances in sync; see ticket 42");
    }

    @Test
    void shouldNotTakeParametersOrDollarsInIdentifiersForDollarQuotes() {
        // Given
        String script = "PREPARE q(int) AS SELECT $1 + a$b$ FROM t$1 WHERE x = $2;\nEXECUTE q(1);";

        // When
        List<SqlStatement> statements = split(PG, script);

        // Then
        assertStatements(statements,
                statement("PREPARE q(int) AS SELECT $1 + a$b$ FROM t$1 WHERE x = $2", 1, 1),
                statement("EXECUTE q(1)", 2, 1));
    }

    @Test
    void shouldReadBackslashEscapesInEscapeStrings() {
        // Given
        String script = "SELECT E'it\\'s; fine', e'\\\\';\nSELECT 2;";

        // When
        List<SqlStatement> statements = split(PG, script);

        // Then
        assertStatements(statements,
                statement("SELECT E'it\\'s; fine', e'\\\\'", 1, 1),
                statement("SELECT 2", 2, 1));
    }

    @Test
    void shouldNotReadBackslashEscapesInStandardStrings() {
        // Given: the string is 'it\' and the next one is never closed
        String script = "SELECT 'it\\'s;' AS x;\nSELECT 2;";

        // When
        SqlSplitException error = splitError(PG, script);

        // Then
        assertPosition(error, 1, 15);
        assertThat(error).hasMessage(SqlSplitException.unterminatedMessage("string literal",
                "' (write '' for a quote inside it)", 1, 15));
    }

    @Test
    void shouldKeepBackslashesAsTextInAStandardString() {
        // Given
        String script = "SELECT 'C:\\temp\\';\nSELECT 2;";

        // When
        List<SqlStatement> statements = split(PG, script);

        // Then
        assertStatements(statements, statement("SELECT 'C:\\temp\\'", 1, 1), statement("SELECT 2", 2, 1));
    }

    @Test
    void shouldSplitCreateIndexConcurrently() {
        // Given
        String script = "CREATE INDEX CONCURRENTLY idx_a_b ON a (b);\n"
                + "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS idx_a_c ON a (c) WHERE c IS NOT NULL;\n";

        // When
        List<SqlStatement> statements = split(PG, script);

        // Then
        assertStatements(statements,
                statement("CREATE INDEX CONCURRENTLY idx_a_b ON a (b)", 1, 1),
                statement("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS idx_a_c ON a (c) WHERE c IS NOT NULL", 2, 1));
    }

    @Test
    void shouldKeepSqlStandardFunctionBodiesInOneStatement() {
        // Given
        String add = """
                CREATE FUNCTION add(a integer, b integer) RETURNS integer
                    LANGUAGE SQL
                    IMMUTABLE
                    RETURN a + b""";
        String grade = """
                CREATE OR REPLACE FUNCTION grade(score int) RETURNS text
                LANGUAGE sql
                BEGIN ATOMIC
                  SELECT CASE WHEN score >= 90 THEN 'A' WHEN score >= 50 THEN 'B;' ELSE 'C' END;
                END""";
        String procedure = """
                CREATE PROCEDURE insert_two(a int, b int)
                LANGUAGE SQL
                BEGIN ATOMIC
                  INSERT INTO tbl VALUES (a);
                  INSERT INTO tbl VALUES ((CASE WHEN b > 0 THEN b END));
                END""";
        String script = String.join(";\n", add, grade, procedure, "SELECT grade(95)") + ";\n";

        // When
        List<SqlStatement> statements = split(PG, script);

        // Then
        assertStatements(statements,
                statement(add, 1, 1),
                statement(grade, 5, 1),
                statement(procedure, 10, 1),
                statement("SELECT grade(95)", 16, 1));
    }

    @Test
    void shouldIgnoreBeginAndEndInsideTheParenthesesOfARoutine() {
        // Given: BEGIN and END are unreserved, so they may name parameters
        String function = "CREATE FUNCTION span(begin int, \"end\" int, x int DEFAULT (CASE WHEN true THEN 1 END)) "
                + "RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END";
        String script = function + ";\nSELECT span(1, 2);";

        // When
        List<SqlStatement> statements = split(PG, script);

        // Then
        assertStatements(statements, statement(function, 1, 1), statement("SELECT span(1, 2)", 2, 1));
    }

    @Test
    void shouldNotCountBeginAndEndInsideDollarQuotesOrOutsideRoutines() {
        // Given
        String function = "CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END $$ LANGUAGE plpgsql";
        String script = "BEGIN;\n" + function + ";\nCOMMIT;";

        // When
        List<SqlStatement> statements = split(PG, script);

        // Then
        assertStatements(statements, statement("BEGIN", 1, 1), statement(function, 2, 1), statement("COMMIT", 3, 1));
    }

    @Test
    void shouldNotEndStringsAndDollarQuotesAtEachOthersMarkers() {
        // Given
        String first = "SELECT '$$', $q$it's \"x\"; -- /* $q$, \"$$;\" FROM t";
        String script = first + ";\nSELECT 2;";

        // When
        List<SqlStatement> statements = split(PG, script);

        // Then
        assertStatements(statements, statement(first, 1, 1), statement("SELECT 2", 2, 1));
    }

    @Test
    void shouldKeepCommentsWithQuotesAndDollarsAsLeadingComments() {
        // Given
        String script = "-- don't; $$\n/* \"; $x$ /* nested ' */ */\nSELECT 1;\nSELECT 2;";

        // When
        List<SqlStatement> statements = split(PG, script);

        // Then
        assertStatements(statements, statement("SELECT 1", 3, 1), statement("SELECT 2", 4, 1));
        assertThat(statements.get(0).leadingComments()).isEqualTo("-- don't; $$\n/* \"; $x$ /* nested ' */ */");
    }

    @Test
    void shouldReadH2JavaSourceInDollarQuotes() {
        // Given
        String alias = "CREATE ALIAS REVERSE AS $$\n"
                + "String reverse(String s) { return new StringBuilder(s).reverse().toString(); }\n$$";
        String script = alias + ";\nCALL REVERSE('abc');";

        // When
        List<SqlStatement> statements = split(SqlEngine.H2, script);

        // Then
        assertStatements(statements, statement(alias, 1, 1), statement("CALL REVERSE('abc')", 4, 1));
    }

    @Test
    void shouldReadDoubleSlashAsALineCommentInH2() {
        // Given
        String script = "// note; with semicolon\nSELECT 1;";

        // When
        List<SqlStatement> statements = split(SqlEngine.H2, script);

        // Then
        assertStatements(statements, statement("SELECT 1", 2, 1));
        assertThat(statements.get(0).leadingComments()).isEqualTo("// note; with semicolon");
    }

    @Test
    void shouldNotReadDoubleSlashAsACommentInPostgreSql() {
        // Given
        String script = "// note; with semicolon\nSELECT 1;";

        // When
        List<SqlStatement> statements = split(PG, script);

        // Then
        assertStatements(statements, statement("// note", 1, 1), statement("with semicolon\nSELECT 1", 1, 10));
    }

    @Test
    void shouldReadOnlyUntaggedDollarQuotesInH2() {
        // Given: $a$ opens a dollar quote in PostgreSQL only
        String script = "SELECT 1 AS $a$; SELECT 2;";

        // When
        List<SqlStatement> statements = split(SqlEngine.H2, script);
        SqlSplitException postgresqlError = splitError(PG, script);

        // Then
        assertStatements(statements, statement("SELECT 1 AS $a$", 1, 1), statement("SELECT 2", 1, 18));
        assertPosition(postgresqlError, 1, 13);
    }

    @Test
    void shouldKeepASqliteTriggerBodyInOneStatement() {
        // Given
        String trigger = """
                CREATE TRIGGER log_insert AFTER INSERT ON orders
                BEGIN
                  INSERT INTO log (id, kind) VALUES (NEW.id, CASE WHEN NEW.total > 100 THEN 'big;' ELSE 'small' END);
                  UPDATE stats SET n = n + 1;
                END""";
        String script = trigger + ";\nSELECT 1;";

        // When
        List<SqlStatement> statements = split(SqlEngine.SQLITE, script);

        // Then
        assertStatements(statements, statement(trigger, 1, 1), statement("SELECT 1", 6, 1));
    }

    @Test
    void shouldKeepATemporarySqliteTriggerWithAWhenClauseInOneStatement() {
        // Given
        String trigger = "CREATE TEMP TRIGGER IF NOT EXISTS trg BEFORE UPDATE ON t WHEN (NEW.a IS NULL) "
                + "BEGIN SELECT RAISE(ABORT, 'a is required; really'); END";
        String script = "BEGIN TRANSACTION;\n" + trigger + ";\nCOMMIT;";

        // When
        List<SqlStatement> statements = split(SqlEngine.SQLITE, script);

        // Then
        assertStatements(statements,
                statement("BEGIN TRANSACTION", 1, 1),
                statement(trigger, 2, 1),
                statement("COMMIT", 3, 1));
    }

    @Test
    void shouldReadSqliteBracketAndBacktickIdentifiers() {
        // Given
        String script = "SELECT [a;b], `c;d` FROM t;\nSELECT 2;";

        // When
        List<SqlStatement> statements = split(SqlEngine.SQLITE, script);

        // Then
        assertStatements(statements, statement("SELECT [a;b], `c;d` FROM t", 1, 1), statement("SELECT 2", 2, 1));
    }
}
