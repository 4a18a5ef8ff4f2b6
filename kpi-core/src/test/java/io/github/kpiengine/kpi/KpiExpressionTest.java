package io.github.kpiengine.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpiengine.KpiArbitraries;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The family of KPI kinds is closed, and every consumer handles every kind: the visitor has a
 * method per permitted member, the shared generator builds every member, and each generated
 * expression has a unit, a direction, an id and a display name.
 */
class KpiExpressionTest {

    private static final Set<Class<?>> KINDS = Set.of(KpiExpression.class.getPermittedSubclasses());

    @Test
    void visitor_hasOneMethodPerPermittedKind() {
        Set<Class<?>> handled = Arrays.stream(KpiExpression.Visitor.class.getDeclaredMethods())
                .map(method -> method.getParameterTypes()[0])
                .collect(Collectors.toSet());

        assertThat(KpiExpression.Visitor.class.getDeclaredMethods()).hasSameSizeAs(KINDS);
        assertThat(handled).isEqualTo(KINDS);
        for (Method method : KpiExpression.Visitor.class.getDeclaredMethods()) {
            assertThat(method.getParameterCount()).as(method.getName()).isEqualTo(1);
        }
    }

    @Test
    void everyKind_isARecordThatAcceptsTheVisitor() throws Exception {
        for (Class<?> kind : KINDS) {
            assertThat(kind.isRecord()).as(kind.getSimpleName()).isTrue();
            assertThat(kind.getDeclaredMethod("accept", KpiExpression.Visitor.class)).as(kind.getSimpleName())
                    .isNotNull();
        }
    }

    @Test
    void generator_buildsEveryKind() {
        Set<Class<?>> seen = new HashSet<>();
        KpiArbitraries.anyExpressions().sampleStream().limit(20_000).forEach(expression -> collect(expression, seen));

        assertThat(seen).isEqualTo(KINDS);
    }

    @Property(tries = 2000)
    void everyExpression_hasAUnitDirectionIdAndDisplayName(@ForAll("anyExpressions") KpiExpression expression) {
        Kpi kpi = Kpi.of(expression);

        assertThat(kpi.unit()).isNotNull();
        assertThat(kpi.direction()).isNotNull();
        assertThat(kpi.id()).isNotBlank();
        assertThat(kpi.displayName()).isNotBlank();
        assertThat(expression.children()).doesNotContainNull();
    }

    @Provide
    Arbitrary<KpiExpression> anyExpressions() {
        return KpiArbitraries.anyExpressions();
    }

    private static void collect(KpiExpression root, Set<Class<?>> seen) {
        Deque<KpiExpression> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            KpiExpression next = todo.pop();
            seen.add(next.getClass());
            todo.addAll(next.children());
        }
    }
}
