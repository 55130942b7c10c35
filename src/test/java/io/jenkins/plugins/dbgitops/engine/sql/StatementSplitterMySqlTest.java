package io.jenkins.plugins.dbgitops.engine.sql;

import static io.jenkins.plugins.dbgitops.engine.sql.SplitResults.assertStatements;
import static io.jenkins.plugins.dbgitops.engine.sql.SplitResults.split;
import static io.jenkins.plugins.dbgitops.engine.sql.SplitResults.statement;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** MySQL and MariaDB: backslash escapes, backticks, {@code #} comments, DELIMITER and routines without it. */
class StatementSplitterMySqlTest {
    private static final SqlEngine MYSQL = SqlEngine.MYSQL;

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"MYSQL", "MARIADB"})
    void shouldReadBackslashEscapesInSingleAndDoubleQuotedStrings(SqlEngine engine) {
        // Given
        String insert = "INSERT INTO t VALUES ('it\\'s; ok', \"say \\\"hi;\\\"\", 'C:\\\\', 'a''b;')";
        String script = insert + ";\nSELECT 2;";

        // When
        List<SqlStatement> statements = split(engine, script);

        // Then
        assertStatements(statements, statement(insert, 1, 1), statement("SELECT 2", 2, 1));
    }

    @Test
    void shouldReadBacktickIdentifiersWithDoubledBackticks() {
        // Given
        String script = "SELECT `a;``b` FROM `my table`;\nSELECT 2;";

        // When
        List<SqlStatement> statements = split(MYSQL, script);

        // Then
        assertStatements(statements, statement("SELECT `a;``b` FROM `my table`", 1, 1), statement("SELECT 2", 2, 1));
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"MYSQL", "MARIADB"})
    void shouldReadHashAsALineComment(SqlEngine engine) {
        // Given
        String script = "# setup; don't run twice\nSELECT 1; # trailing; comment\nSELECT 2 # inline;\n;";

        // When
        List<SqlStatement> statements = split(engine, script);

        // Then
        assertStatements(statements, statement("SELECT 1", 2, 1), statement("SELECT 2 # inline;", 3, 1));
        assertThat(statements).extracting(SqlStatement::leadingComments)
                .containsExactly("# setup; don't run twice", "# trailing; comment");
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "\t", "\u000B"})
    void shouldStartALineCommentAtTwoDashesFollowedByWhiteSpaceOrAControlCharacter(String after) {
        // Given
        String script = "SELECT 1 --" + after + "x;\nSELECT 2;";

        // When
        List<SqlStatement> statements = split(MYSQL, script);

        // Then
        assertStatements(statements, statement("SELECT 1 --" + after + "x;\nSELECT 2", 1, 1));
    }

    @Test
    void shouldReadTwoDashesWithoutWhiteSpaceAsMinusSigns() {
        // Given
        String script = "SELECT 1--1;\nSELECT 2 --\n;\nSELECT 3;\n--";

        // When
        List<SqlStatement> statements = split(MYSQL, script);

        // Then
        assertStatements(statements,
                statement("SELECT 1--1", 1, 1),
                statement("SELECT 2 --", 2, 1),
                statement("SELECT 3", 4, 1));
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"MYSQL", "MARIADB"})
    void shouldKeepExecutableCommentsAsPartOfTheStatement(SqlEngine engine) {
        // Given
        String script = """
                /*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
                /*!50003 CREATE PROCEDURE p() BEGIN SELECT 1; END */;
                /*M!100100 SET sql_mode = 'a;b' */;
                /* plain */ CREATE TABLE t (a INT) /*!50100 PARTITION BY HASH(a) */;
                """;

        // When
        List<SqlStatement> statements = split(engine, script);

        // Then
        assertStatements(statements,
                statement("/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */", 1, 1),
                statement("/*!50003 CREATE PROCEDURE p() BEGIN SELECT 1; END */", 2, 1),
                statement("/*M!100100 SET sql_mode = 'a;b' */", 3, 1),
                statement("CREATE TABLE t (a INT) /*!50100 PARTITION BY HASH(a) */", 4, 13));
        assertThat(statements.get(3).leadingComments()).isEqualTo("/* plain */");
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"MYSQL", "MARIADB"})
    void shouldSplitAtTheDelimiterSetByADelimiterCommand(SqlEngine engine) {
        // Given
        String procedure = """
                CREATE PROCEDURE add_user(IN name VARCHAR(50))
                BEGIN
                  INSERT INTO users (name) VALUES (name);
                  SELECT LAST_INSERT_ID();
                END""";
        String script = "DELIMITER $$\n" + procedure + "$$\nDELIMITER ;\nSELECT 1;";

        // When
        List<SqlStatement> statements = split(engine, script);

        // Then
        assertStatements(statements, statement(procedure, 2, 1), statement("SELECT 1", 8, 1));
    }

    @Test
    void shouldReadDelimiterCommandsInAnyCase() {
        // Given
        String script = "delimiter //\nSELECT 1; SELECT 2//\nSELECT 3 //\nDeLiMiTeR ;\nSELECT 4;";

        // When
        List<SqlStatement> statements = split(MYSQL, script);

        // Then
        assertStatements(statements,
                statement("SELECT 1; SELECT 2", 2, 1),
                statement("SELECT 3", 3, 1),
                statement("SELECT 4", 5, 1));
    }

    @Test
    void shouldReadAQuotedDelimiterAndIgnoreTheRestOfTheCommandLine() {
        // Given
        String script = "DELIMITER '$$' ignored words\nSELECT 1$$\nDELIMITER ;\nSELECT 2";

        // When
        List<SqlStatement> statements = split(MYSQL, script);

        // Then
        assertStatements(statements, statement("SELECT 1", 2, 1), statement("SELECT 2", 4, 1));
    }

    @Test
    void shouldReadDelimiterCommandsOnlyAtTheStartOfALine() {
        // Given
        String script = "SELECT 1; DELIMITER $$\nSELECT 2;";

        // When
        List<SqlStatement> statements = split(MYSQL, script);

        // Then
        assertStatements(statements, statement("SELECT 1", 1, 1), statement("DELIMITER $$\nSELECT 2", 1, 11));
    }

    @Test
    void shouldGiveCommentsBeforeADelimiterCommandToTheNextStatement() {
        // Given
        String script = "-- create the procedure\nDELIMITER $$\n-- body\nCREATE PROCEDURE p() SELECT 1$$\nDELIMITER ;\n";

        // When
        List<SqlStatement> statements = split(MYSQL, script);

        // Then
        assertStatements(statements, statement("CREATE PROCEDURE p() SELECT 1", 4, 1));
        assertThat(statements.get(0).leadingComments()).isEqualTo("-- create the procedure\n-- body");
    }

    @Test
    void shouldSplitAMysqldumpTriggerWithExecutableCommentsAndDoubleSemicolons() {
        // Given
        String trigger = """
                /*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER `trg` BEFORE INSERT ON `t` \
                FOR EACH ROW BEGIN
                  SET NEW.a = 1;
                END */""";
        String script = "/*!50003 SET @saved_sql_mode = @@sql_mode */ ;\nDELIMITER ;;\n" + trigger
                + ";;\nDELIMITER ;\n/*!50003 SET sql_mode = @saved_sql_mode */ ;\n";

        // When
        List<SqlStatement> statements = split(MYSQL, script);

        // Then
        assertStatements(statements,
                statement("/*!50003 SET @saved_sql_mode = @@sql_mode */", 1, 1),
                statement(trigger, 3, 1),
                statement("/*!50003 SET sql_mode = @saved_sql_mode */", 7, 1));
    }

    @ParameterizedTest
    @EnumSource(value = SqlEngine.class, names = {"MYSQL", "MARIADB"})
    void shouldKeepARealisticProcedureWithoutDelimiterInOneStatement(SqlEngine engine) {
        // Given
        String procedure = """
                CREATE DEFINER=`app`@`%` PROCEDURE archive_orders(IN days INT)
                BEGIN
                  DECLARE done INT DEFAULT FALSE;
                  DECLARE oid BIGINT;
                  DECLARE cur CURSOR FOR SELECT id FROM orders WHERE created < NOW() - INTERVAL days DAY;
                  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = TRUE;
                  DECLARE EXIT HANDLER FOR SQLEXCEPTION
                  BEGIN
                    ROLLBACK;
                    RESIGNAL;
                  END;
                  START TRANSACTION;
                  OPEN cur;
                  read_loop: LOOP
                    FETCH cur INTO oid;
                    IF done THEN
                      LEAVE read_loop;
                    END IF;
                    INSERT INTO orders_archive SELECT * FROM orders WHERE id = oid;
                    DELETE FROM orders WHERE id = oid;
                  END LOOP read_loop;
                  CLOSE cur;
                  COMMIT;
                END""";
        String script = procedure + ";\nCALL archive_orders(30);\n";

        // When
        List<SqlStatement> statements = split(engine, script);

        // Then
        assertStatements(statements, statement(procedure, 1, 1), statement("CALL archive_orders(30)", 25, 1));
    }

    @Test
    void shouldTellControlStatementsFromFunctionsAndCaseExpressionsInARoutine() {
        // Given
        String function = """
                CREATE FUNCTION label_for(score INT) RETURNS VARCHAR(20) DETERMINISTIC
                BEGIN
                  DECLARE result VARCHAR(20);
                  SET result = CASE WHEN score > 90 THEN IF(score > 99, 'perfect', 'great') ELSE REPEAT('-', 3) END;
                  SET @last := IF(score IS NULL, 0, score);
                  WHILE LENGTH(result) < 10 DO
                    SET result = CONCAT(result, '.');
                  END WHILE;
                  REPEAT
                    SET result = TRIM(TRAILING '.' FROM result);
                  UNTIL RIGHT(result, 1) <> '.' END REPEAT;
                  CASE score
                    WHEN 0 THEN RETURN 'zero;';
                    ELSE BEGIN RETURN result; END;
                  END CASE;
                END""";
        String script = function + ";\nSELECT label_for(95);";

        // When
        List<SqlStatement> statements = split(MYSQL, script);

        // Then
        assertStatements(statements, statement(function, 1, 1), statement("SELECT label_for(95)", 17, 1));
    }

    @Test
    void shouldKeepLabelledNestedLoopsInOneStatement() {
        // Given
        String procedure = "CREATE PROCEDURE p() BEGIN outer_loop: WHILE 1 DO inner_loop: REPEAT LEAVE outer_loop; "
                + "UNTIL 1 END REPEAT inner_loop; END WHILE outer_loop; END";
        String script = procedure + ";\nSELECT 1;";

        // When
        List<SqlStatement> statements = split(MYSQL, script);

        // Then
        assertStatements(statements, statement(procedure, 1, 1), statement("SELECT 1", 2, 1));
    }

    @Test
    void shouldNotOpenBlocksForIfExistsInsideARoutine() {
        // Given
        String procedure = "CREATE PROCEDURE reset_tmp() BEGIN DROP TABLE IF EXISTS tmp; "
                + "CREATE TEMPORARY TABLE IF NOT EXISTS tmp (a INT); END";
        String script = procedure + ";\nSELECT 1;";

        // When
        List<SqlStatement> statements = split(MYSQL, script);

        // Then
        assertStatements(statements, statement(procedure, 1, 1), statement("SELECT 1", 2, 1));
    }

    @Test
    void shouldKeepATriggerWhoseBodyIsAnIfStatementInOneStatement() {
        // Given
        String trigger = "CREATE TRIGGER clamp BEFORE INSERT ON t FOR EACH ROW IF NEW.a < 0 THEN SET NEW.a = 0; END IF";
        String script = trigger + ";\nSELECT 1;";

        // When
        List<SqlStatement> statements = split(MYSQL, script);

        // Then
        assertStatements(statements, statement(trigger, 1, 1), statement("SELECT 1", 2, 1));
    }

    @Test
    void shouldKeepATriggerWithADefinerAndABeginEndBodyInOneStatement() {
        // Given
        String trigger = "CREATE DEFINER = 'app'@'%' TRIGGER audit AFTER UPDATE ON t FOR EACH ROW FOLLOWS clamp BEGIN\n"
                + "  INSERT INTO audit VALUES (OLD.id, 'update;');\nEND";
        String script = trigger + ";\nSELECT 1;";

        // When
        List<SqlStatement> statements = split(MYSQL, script);

        // Then
        assertStatements(statements, statement(trigger, 1, 1), statement("SELECT 1", 4, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"`root`@`localhost`", "'app'@'%'", "CURRENT_USER", "CURRENT_USER()", "root@localhost",
        "app@127.0.0.1"})
    void shouldRecogniseRoutinesWithEveryFormOfDefiner(String definer) {
        // Given
        String procedure = "CREATE DEFINER=" + definer + " PROCEDURE p() BEGIN SELECT 1; SELECT 2; END";
        String script = procedure + ";\nSELECT 3;";

        // When
        List<SqlStatement> statements = split(MYSQL, script);

        // Then
        assertStatements(statements, statement(procedure, 1, 1), statement("SELECT 3", 2, 1));
    }

    @Test
    void shouldKeepEventBodiesInOneStatement() {
        // Given
        String purge = "CREATE EVENT purge ON SCHEDULE EVERY 1 DAY DO BEGIN "
                + "DELETE FROM log WHERE ts < NOW() - INTERVAL 30 DAY; END";
        String tidy = "CREATE EVENT tidy ON SCHEDULE EVERY 1 HOUR DO IF (SELECT COUNT(*) FROM q) > 0 THEN "
                + "DELETE FROM q; END IF";
        String script = purge + ";\n" + tidy + ";\nSELECT 1;";

        // When
        List<SqlStatement> statements = split(MYSQL, script);

        // Then
        assertStatements(statements, statement(purge, 1, 1), statement(tidy, 2, 1), statement("SELECT 1", 3, 1));
    }

    @Test
    void shouldNotTreatBeginEndOrCaseAsBlocksOutsideRoutines() {
        // Given
        String table = "CREATE TABLE event (`begin` INT, end_at DATE, kind VARCHAR(10) DEFAULT 'case')";
        String view = "CREATE DEFINER=`root`@`localhost` VIEW v AS SELECT CASE WHEN 1 THEN 'a' END AS c";
        String script = table + ";\n" + view + ";\nSELECT 1;";

        // When
        List<SqlStatement> statements = split(MYSQL, script);

        // Then
        assertStatements(statements, statement(table, 1, 1), statement(view, 2, 1), statement("SELECT 1", 3, 1));
    }

    @Test
    void shouldKeepAMariaDbAnonymousBlockInOneStatement() {
        // Given
        String block = "BEGIN NOT ATOMIC\n  DECLARE x INT DEFAULT 1;\n  IF x > 0 THEN SELECT x; END IF;\nEND";
        String script = block + ";\nSELECT 2;";

        // When
        List<SqlStatement> statements = split(SqlEngine.MARIADB, script);

        // Then
        assertStatements(statements, statement(block, 1, 1), statement("SELECT 2", 5, 1));
    }

    @Test
    void shouldKeepAMariaDbTopLevelIfStatementInOneStatement() {
        // Given
        String statement = "IF (SELECT COUNT(*) FROM t) = 0 THEN\n  INSERT INTO t VALUES (1);\nEND IF";
        String script = statement + ";\nSELECT 1;";

        // When
        List<SqlStatement> statements = split(SqlEngine.MARIADB, script);

        // Then
        assertStatements(statements, statement(statement, 1, 1), statement("SELECT 1", 4, 1));
    }

    @Test
    void shouldNotTrackBlocksUnderACustomDelimiter() {
        // Given: the delimiter, not BEGIN ... END, says where statements end
        String script = "DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1//\nSELECT 2//";

        // When
        List<SqlStatement> statements = split(MYSQL, script);

        // Then
        assertStatements(statements,
                statement("CREATE PROCEDURE p() BEGIN SELECT 1", 2, 1),
                statement("SELECT 2", 3, 1));
    }
}
