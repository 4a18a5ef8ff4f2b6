package io.github.kpiengine.formula;

import java.math.BigDecimal;
import java.util.List;

/** The syntax tree of a formula, before its names are resolved. Each node knows where it began. */
sealed interface Node {

    /** The offset in the formula where the node begins. */
    int offset();

    /** A number, such as {@code 2} or {@code 65%} (held as 0.65 with {@code percent} set). */
    record Number(BigDecimal value, boolean percent, int offset) implements Node {
    }

    /** A bare name: a reference to another definition, or an argument such as an activity type. */
    record Name(String id, int offset) implements Node {
    }

    /** A call of one of the language's functions. */
    record Call(String function, List<Node> arguments, int offset) implements Node {
        public Call {
            arguments = List.copyOf(arguments);
        }
    }

    /** An arithmetic operation: {@code +}, {@code -}, {@code *} or {@code /}. */
    record Binary(char operator, Node left, Node right, int offset) implements Node {
    }

    /** A negation: {@code -x}. */
    record Negate(Node operand, int offset) implements Node {
    }
}
