package io.github.kpiengine.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.KpiArbitraries;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Derived ids name exactly one expression: different expressions never derive the same id. */
class NamingPropertiesTest {

    @Property(tries = 5000)
    void ids_twoExpressions_shareAnIdExactlyWhenEqual(@ForAll("anyExpressions") KpiExpression a,
            @ForAll("anyExpressions") KpiExpression b) {
        assertThat(Naming.id(a).equals(Naming.id(b))).as(Naming.id(a) + " / " + Naming.id(b)).isEqualTo(a.equals(b));
    }

    @Property(tries = 2000)
    void ids_anExpressionAndItsNearestNeighbours_differ(@ForAll("anyExpressions") KpiExpression a) {
        // The cases that read alike: nesting either way, a condition split differently, a negated factor.
        KpiExpression left = new KpiExpression.Difference(new KpiExpression.Difference(a, a, a.direction()), a,
                a.direction());
        KpiExpression right = new KpiExpression.Difference(a, new KpiExpression.Difference(a, a, a.direction()),
                a.direction());
        KpiExpression twice = new KpiExpression.Scaled(a, java.math.BigDecimal.valueOf(-1), a.unit(), a.direction());
        KpiExpression undone = new KpiExpression.Scaled(twice, java.math.BigDecimal.valueOf(-1), a.unit(), a.direction());

        assertThat(Naming.id(left)).isNotEqualTo(Naming.id(right));
        assertThat(Naming.id(undone)).isNotEqualTo(Naming.id(a));
    }

    @Test
    void ids_ofManyGeneratedExpressions_neverCollide() {
        Map<String, KpiExpression> byId = new HashMap<>();
        KpiArbitraries.anyExpressions().sampleStream().limit(50_000).forEach(expression -> {
            KpiExpression before = byId.putIfAbsent(Naming.id(expression), expression);
            assertThat(before == null || before.equals(expression)).as(Naming.id(expression)).isTrue();
        });
        assertThat(byId).hasSizeGreaterThan(10_000);
    }

    @Provide
    Arbitrary<KpiExpression> anyExpressions() {
        return KpiArbitraries.anyExpressions();
    }
}
