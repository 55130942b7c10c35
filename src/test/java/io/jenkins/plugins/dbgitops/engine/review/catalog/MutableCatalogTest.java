package io.jenkins.plugins.dbgitops.engine.review.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MutableCatalogTest {

    @Test
    void shouldSettleEveryTableTheChangeCreatedOrChangedSinceTheLastSettle() {
        MutableCatalog catalog = new MutableCatalog(true);
        catalog.put(table("old_one", false));
        catalog.put(table("first", true));
        catalog.settle();
        catalog.put(table("second", true));
        catalog.putWithUnknownColumns(table("report_view", true));
        catalog.rename("second", "renamed", "", "renamed");
        catalog.update("renamed", table -> table);

        catalog.settle();

        assertThat(catalog.tables()).extracting(CatalogTable::name)
                .as("order kept").containsExactly("old_one", "first", "report_view", "renamed");
        assertThat(catalog.tables()).noneMatch(CatalogTable::createdInReview);
        assertThat(catalog.columnsKnown("report_view")).isFalse();
    }

    @Test
    void shouldLeaveTablesCreatedAfterTheLastSettleNew() {
        MutableCatalog catalog = new MutableCatalog(true);
        catalog.put(table("first", true));
        catalog.settle();

        catalog.put(table("third", true));

        assertThat(catalog.table("third").orElseThrow().createdInReview()).isTrue();
        assertThat(catalog.table("first").orElseThrow().createdInReview()).isFalse();
    }

    @Test
    void shouldFindTablesWhateverTheirQuotingCaseBlanksOrDefaultSchema() {
        MutableCatalog catalog = new MutableCatalog(true);
        catalog.put(table("Orders", false));

        assertThat(List.of("orders", "ORDERS", "\"Orders\"", "`orders`", " orders ", "public.orders",
                "\"public\".\"Orders\"")).allSatisfy(name -> assertThat(catalog.table(name)).isPresent());
        assertThat(catalog.table("shop.orders")).isEmpty();
        assertThat(MutableCatalog.key("Straße")).isEqualTo("straße");
    }

    @Test
    void shouldFindColumnsIgnoringCaseIncludingNonAsciiNames() {
        CatalogTable table = new CatalogTable("", "t", List.of(column("Id"), column("Größe"), column("İd2")),
                List.of(), List.of(), false, "V1:1");

        assertThat(table.column("ID")).map(CatalogColumn::name).contains("Id");
        assertThat(table.column("größe")).map(CatalogColumn::name).contains("Größe");
        assertThat(table.column("i̇d2")).as("lower case of İ is i + combining dot").map(CatalogColumn::name)
                .contains("İd2");
        assertThat(table.column("missing")).isEmpty();
    }

    private static CatalogTable table(String name, boolean createdInReview) {
        return new CatalogTable("", name, List.of(column("id")), List.of(), List.of(), createdInReview, "V1:1");
    }

    private static CatalogColumn column(String name) {
        return new CatalogColumn(name, "bigint", false, null, false, null);
    }
}
