package io.jenkins.plugins.dbgitops.engine.review.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.dbgitops.engine.sql.ParsedStatement;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.sql.SqlParser;
import io.jenkins.plugins.dbgitops.engine.sql.SqlStatement;
import io.jenkins.plugins.dbgitops.engine.sql.StatementSplitter;
import org.junit.jupiter.api.Test;

class CatalogWalkerTest {
    private static final SqlParser PARSER = SqlParser.withDefaults();
    private static final String ORDERS = "CREATE TABLE shop.orders (id bigint PRIMARY KEY, customer_id bigint,"
            + " total numeric(10,2) NOT NULL DEFAULT 0, status text);\n";

    @Test
    void shouldFollowColumnChangesOfAlterTable() {
        MutableCatalog catalog = walk(SqlEngine.POSTGRESQL, ORDERS
                + "ALTER TABLE shop.orders RENAME COLUMN status TO state;\n"
                + "ALTER TABLE shop.orders ALTER COLUMN total TYPE numeric(12,2);\n"
                + "ALTER TABLE shop.orders ALTER COLUMN total DROP NOT NULL;\n"
                + "ALTER TABLE shop.orders ALTER COLUMN total DROP DEFAULT;\n"
                + "ALTER TABLE shop.orders ALTER COLUMN state SET NOT NULL;\n"
                + "ALTER TABLE shop.orders ALTER COLUMN state SET DEFAULT 'new';\n"
                + "ALTER TABLE shop.orders ADD COLUMN note text, DROP COLUMN customer_id;\n");

        CatalogTable orders = catalog.table("shop.orders").orElseThrow();
        assertThat(orders.columns()).extracting(CatalogColumn::name).containsExactly("id", "total", "state", "note");
        assertThat(orders.column("total").orElseThrow()).satisfies(total -> {
            assertThat(total.type()).isEqualTo("numeric (12, 2)");
            assertThat(total.nullable()).isTrue();
            assertThat(total.defaultValue()).isNull();
        });
        assertThat(orders.column("state").orElseThrow()).satisfies(state -> {
            assertThat(state.nullable()).isFalse();
            assertThat(state.defaultValue()).isEqualTo("'new'");
        });
    }

    @Test
    void shouldFollowConstraintsAndIndexes() {
        MutableCatalog catalog = walk(SqlEngine.POSTGRESQL, ORDERS
                + "CREATE TABLE customers (id bigint, email text);\n"
                + "ALTER TABLE customers ADD CONSTRAINT pk_customers PRIMARY KEY (id);\n"
                + "ALTER TABLE customers ADD CONSTRAINT uq_customers_email UNIQUE (email);\n"
                + "ALTER TABLE shop.orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id)"
                + " REFERENCES customers (id) NOT VALID;\n"
                + "ALTER TABLE shop.orders ADD CONSTRAINT ck_total CHECK (total >= 0);\n"
                + "CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_status ON shop.orders (status);\n"
                + "CREATE INDEX idx_customers_email ON customers (lower(email));\n"
                + "DROP INDEX CONCURRENTLY IF EXISTS idx_customers_email;\n"
                + "ALTER TABLE customers DROP CONSTRAINT uq_customers_email;\n");

        assertThat(catalog.table("customers").orElseThrow().indexes()).extracting(CatalogIndex::name)
                .containsExactly("pk_customers");
        assertThat(catalog.table("shop.orders").orElseThrow().foreignKeys()).singleElement()
                .satisfies(key -> assertThat(key.name()).isEqualTo("fk_orders_customer"));
        assertThat(catalog.table("shop.orders").orElseThrow().indexes()).extracting(CatalogIndex::name)
                .contains("idx_orders_status");
    }

    @Test
    void shouldFollowMySqlModifyChangeIndexesAndRenames() {
        MutableCatalog catalog = walk(SqlEngine.MYSQL, "CREATE TABLE `orders` (`id` bigint NOT NULL AUTO_INCREMENT,"
                + " `total` int, `status` varchar(20), PRIMARY KEY (`id`));\n"
                + "ALTER TABLE orders MODIFY COLUMN total decimal(10,2) NOT NULL;\n"
                + "ALTER TABLE orders CHANGE COLUMN status state varchar(32) NULL;\n"
                + "ALTER TABLE orders ADD INDEX idx_orders_state (state), ADD UNIQUE KEY uk_orders_total (total);\n"
                + "DROP INDEX uk_orders_total ON orders;\n"
                + "RENAME TABLE orders TO purchases;\n"
                + "ALTER TABLE purchases RENAME TO sales;\n");

        assertThat(catalog.table("orders")).isEmpty();
        assertThat(catalog.table("purchases")).isEmpty();
        CatalogTable sales = catalog.table("sales").orElseThrow();
        assertThat(sales.columns()).extracting(CatalogColumn::name).containsExactly("id", "total", "state");
        assertThat(sales.column("total").orElseThrow().nullable()).isFalse();
        assertThat(sales.indexes()).extracting(CatalogIndex::name).containsExactly(null, "idx_orders_state");
    }

    @Test
    void shouldTrackViewsDropsAndTablesOnlyTokensCanRead() {
        MutableCatalog catalog = walk(SqlEngine.POSTGRESQL, ORDERS
                + "CREATE VIEW shop.big_orders AS SELECT * FROM shop.orders WHERE total > 100;\n"
                + "CREATE TABLE events (id bigint, payload jsonb) %%% options JSqlParser rejects;\n"
                + "ALTER TABLE shop.orders ALTER COLUMN total SET STATISTICS 1000 BAR;\n"
                + "DROP TABLE IF EXISTS public.nothing, shop.orders;\n");

        assertThat(catalog.table("shop.big_orders")).isPresent();
        assertThat(catalog.columnsKnown("shop.big_orders")).isFalse();
        assertThat(catalog.table("events")).isPresent();
        assertThat(catalog.columnsKnown("events")).isFalse();
        assertThat(catalog.table("shop.orders")).isEmpty();
        assertThat(PARSER.parse(new SqlStatement(0, "CREATE TABLE events (id bigint) %%%", 1, 1, 0, 35, ""))
                .ast()).as("the CREATE TABLE above went through the token fallback").isEmpty();
    }

    @Test
    void shouldReadColumnKeywordsButNotTheWordsInsideLiterals() {
        MutableCatalog catalog = walk(SqlEngine.POSTGRESQL, "CREATE TABLE notes (id bigint NOT NULL,"
                + " body text DEFAULT 'a primary key here', tag text DEFAULT 'it is not null here' NOT NULL);\n");

        CatalogTable notes = catalog.table("notes").orElseThrow();
        assertThat(notes.primaryKey()).isEmpty();
        assertThat(notes.column("body").orElseThrow().nullable()).isTrue();
        assertThat(notes.column("body").orElseThrow().defaultValue()).isEqualTo("'a primary key here'");
        assertThat(notes.column("tag").orElseThrow().nullable()).isFalse();
    }

    @Test
    void shouldDropAndAddPrimaryKeysByTheNamesTheServerGivesThem() {
        MutableCatalog postgres = walk(SqlEngine.POSTGRESQL, "CREATE TABLE book (id int PRIMARY KEY, title text);\n"
                + "ALTER TABLE book DROP CONSTRAINT book_pkey;\n"
                + "CREATE TABLE product (id int, name text);\n"
                + "ALTER TABLE product ADD PRIMARY KEY (id);\n");
        MutableCatalog mysql = walk(SqlEngine.MYSQL, "CREATE TABLE a (id int PRIMARY KEY);\n"
                + "ALTER TABLE a DROP INDEX `PRIMARY`;\n"
                + "CREATE TABLE b (id int);\n"
                + "ALTER TABLE b ADD CONSTRAINT PRIMARY KEY (id);\n"
                + "CREATE TABLE c (id int);\n"
                + "ALTER TABLE c MODIFY COLUMN id int PRIMARY KEY;\n"
                + "CREATE TABLE d (id int);\n"
                + "ALTER TABLE d CHANGE COLUMN id id int PRIMARY KEY;\n");

        assertThat(postgres.table("book").orElseThrow().primaryKey()).isEmpty();
        assertThat(postgres.table("product").orElseThrow().primaryKey()).isPresent();
        assertThat(mysql.table("a").orElseThrow().primaryKey()).isEmpty();
        for (String table : new String[] {"b", "c", "d"}) {
            assertThat(mysql.table(table).orElseThrow().primaryKey()).as(table).get()
                    .satisfies(key -> assertThat(key.columns()).containsExactly("id"));
        }
    }

    private static MutableCatalog walk(SqlEngine engine, String sql) {
        MutableCatalog catalog = new MutableCatalog(true);
        CatalogWalker walker = new CatalogWalker(catalog);
        DdlFallback fallback = new DdlFallback(walker, PARSER);
        for (SqlStatement statement : StatementSplitter.forEngine(engine).split(sql)) {
            ParsedStatement parsed = PARSER.parse(statement);
            if (parsed.ast().isPresent()) {
                walker.apply(parsed.ast().get(), "V1__test.sql:" + statement.line(), false);
            } else {
                fallback.apply(statement, statement.text(), "V1__test.sql:" + statement.line(), false);
            }
        }
        return catalog;
    }
}
