package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NamingTest {

    @Test
    void shouldMatchTheLowerSnakeCaseFormatExactlyAsItsRegex() {
        // Given names in and out of lower snake case, including ones the hand-written path does not take
        List<String> names = List.of("orders", "order_items", "a", "a_b_c", "", "_", "_orders", "orders_", "order__items",
                "Orders", "order1", "order-items", "ordér", "orders\n", "x_y_", "__", "a_1", "customerId");
        Pattern regex = Pattern.compile(Naming.LOWER_SNAKE_CASE);

        // Then Naming.matches answers as a find() of the pattern does
        for (String name : names) {
            assertThat(Naming.matches(Naming.LOWER_SNAKE_CASE, name)).as(name).isEqualTo(regex.matcher(name).find());
        }
    }

    @Test
    void shouldStillMatchOtherFormatsAsRegularExpressions() {
        assertThat(Naming.matches("^idx_orders_id$", "idx_orders_id")).isTrue();
        assertThat(Naming.matches("^[a-z]+$", "order_items")).isFalse();
    }
}
