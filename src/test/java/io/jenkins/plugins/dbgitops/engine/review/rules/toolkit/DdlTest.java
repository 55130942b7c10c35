package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import org.junit.jupiter.api.Test;

class DdlTest {

    @Test
    void shouldReadIndexNamesJSqlParserKeepsOnlyInTheText() throws Exception {
        CreateTable create = (CreateTable) CCJSqlParserUtil.parse("CREATE TABLE t (a int, b int, UNIQUE KEY uk_a (a),"
                + " CONSTRAINT c1 UNIQUE KEY uk_b (b), CONSTRAINT c2 UNIQUE (a, b), INDEX (b), FOREIGN KEY fk_b (b)"
                + " REFERENCES o (id), PRIMARY KEY (a))");

        assertThat(Ddl.indexes(create)).extracting(Ddl::name).containsExactly("uk_a", "uk_b", "c2", "", "fk_b", "");
        assertThat(Ddl.indexes(create)).extracting(Ddl::kind).containsExactly(Ddl.IndexKind.UNIQUE,
                Ddl.IndexKind.UNIQUE, Ddl.IndexKind.UNIQUE, Ddl.IndexKind.PLAIN, Ddl.IndexKind.FOREIGN,
                Ddl.IndexKind.PRIMARY);
    }

    @Test
    void shouldNormaliseTypesAndIndexColumns() {
        assertThat(ColumnTypes.baseType("int (11) UNSIGNED")).isEqualTo("int");
        assertThat(ColumnTypes.baseType("character varying (30)")).isEqualTo("character varying");
        assertThat(ColumnTypes.typeLength("decimal (10, 2)")).isEqualTo(10);
        assertThat(ColumnTypes.typeLength("text")).isEqualTo(-1);
        assertThat(TableIndexes.column("`name` (10) DESC")).isEqualTo("name");
        assertThat(TableIndexes.column("lower (email)")).isEqualTo("lower (email)");
    }

    @Test
    void shouldFindIdentifiersAsWholeWordsIncludingTheirQuote() {
        String text = "CREATE TABLE ids (id int, \"idx\" int)";

        assertThat(NameOffsets.offsetOf(text, "id", 0, -1)).isEqualTo(text.indexOf("id int"));
        assertThat(NameOffsets.offsetOf(text, "idx", 0, -1)).isEqualTo(text.indexOf("\"idx\""));
        assertThat(NameOffsets.columnOffset("CREATE TABLE a (a int)", "a", "a")).isEqualTo(16);
    }

    @Test
    void shouldExpandTemplatesAndRejectInvalidFormats() {
        String format = Naming.expand("^idx_{{table}}_{{column_list}}$", Map.of("table", "t", "column_list", "a_b"));

        assertThat(format).isEqualTo("^idx_t_a_b$");
        assertThat(Naming.matches(format, "idx_t_a_b")).isTrue();
        assertThat(Naming.matches("^$|^uk_t$", "")).isTrue();
        assertThatThrownBy(() -> Naming.matches("^idx_(", "idx_")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'^idx_('");
        assertThat(TableIndexes.strictPrefix(List.of("A"), List.of("a", "b"))).isTrue();
        assertThat(TableIndexes.strictPrefix(List.of("a", "b"), List.of("a", "b"))).isFalse();
    }
}
