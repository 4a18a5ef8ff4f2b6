package io.github.kpiengine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MoneyPropertiesTest {

    record Triple(Money a, Money b, Money c) {
    }

    @Provide
    Arbitrary<Triple> sameCurrencyTriples() {
        return KpiArbitraries.currencies().flatMap(this::triplesIn);
    }

    private Arbitrary<Triple> triplesIn(Currency currency) {
        Arbitrary<Money> monies = KpiArbitraries.monies(currency);
        return Combinators.combine(monies, monies, monies).as(Triple::new);
    }

    @Provide
    Arbitrary<Money> monies() {
        return KpiArbitraries.monies();
    }

    @Property
    void plus_sameCurrency_isAssociative(@ForAll("sameCurrencyTriples") Triple t) {
        assertThat(t.a().plus(t.b()).plus(t.c())).isEqualTo(t.a().plus(t.b().plus(t.c())));
    }

    @Property
    void plus_sameCurrency_isCommutative(@ForAll("sameCurrencyTriples") Triple t) {
        assertThat(t.a().plus(t.b())).isEqualTo(t.b().plus(t.a()));
    }

    @Property
    void minus_ofPlus_givesBackTheFirst(@ForAll("sameCurrencyTriples") Triple t) {
        assertThat(t.a().plus(t.b()).minus(t.b())).isEqualTo(t.a());
    }

    @Property
    void parse_ofToString_isTheSameMoney(@ForAll("monies") Money money) {
        Money parsed = Money.parse(money.toString());

        assertThat(parsed).isEqualTo(money);
        assertThat(parsed.amount().scale()).isEqualTo(money.amount().scale());
    }
}
