package io.github.kpiengine.formula;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a formula into a {@link Node} tree: one pass over the characters, one token of look-ahead.
 *
 * <pre>
 * formula := expr end
 * expr    := term (('+' | '-') term)*
 * term    := unary (('*' | '/') unary)*
 * unary   := '-'* primary
 * primary := number ['%'] | name ['(' [expr (',' expr)*] ')'] | '(' expr ')'
 * </pre>
 *
 * <p>Length and nesting depth are checked before parsing, so recursion (one level per parenthesis
 * or call) is bounded by the depth limit; operator chains are loops. Parsing is linear in the length.
 */
final class Parser {

    /** The most characters a number may have, digits and decimal point. */
    static final int MAX_NUMBER_LENGTH = 40;
    private static final int MAX_NAME_LENGTH = 64;

    private final String text;
    private int pos;

    private Parser(String text) {
        this.text = text;
    }

    static Node parse(String text, FormulaLimits limits) {
        checkLimits(text, limits);
        Parser parser = new Parser(text);
        Node node = parser.expression();
        parser.skipSpace();
        if (parser.pos < text.length()) {
            throw parser.error(parser.describeHere(), "an operator or the end of the formula");
        }
        return node;
    }

    private static void checkLimits(String text, FormulaLimits limits) {
        if (text.length() > limits.maxLength()) {
            throw new FormulaException(text, limits.maxLength(), "a formula of " + text.length()
                    + " characters", "at most " + limits.maxLength() + " characters");
        }
        int depth = 0;
        int operators = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
                if (depth > limits.maxDepth()) {
                    throw new FormulaException(text, i, "parentheses nested " + depth + " deep",
                            "at most " + limits.maxDepth() + " nested parentheses");
                }
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == '+' || c == '-' || c == '*' || c == '/') {
                operators++;
                if (operators > limits.maxOperators()) {
                    throw new FormulaException(text, i, "more than " + limits.maxOperators() + " operators",
                            "at most " + limits.maxOperators() + " operators");
                }
            }
        }
    }

    private Node expression() {
        Node left = term();
        while (true) {
            skipSpace();
            char c = peek();
            if (c != '+' && c != '-') {
                return left;
            }
            int at = pos++;
            left = new Node.Binary(c, left, term(), at);
        }
    }

    private Node term() {
        Node left = unary();
        while (true) {
            skipSpace();
            char c = peek();
            if (c != '*' && c != '/') {
                return left;
            }
            int at = pos++;
            left = new Node.Binary(c, left, unary(), at);
        }
    }

    private Node unary() {
        skipSpace();
        List<Integer> minuses = new ArrayList<>();
        while (peek() == '-') {
            minuses.add(pos++);
            skipSpace();
        }
        Node node = primary();
        for (int i = minuses.size() - 1; i >= 0; i--) {
            node = new Node.Negate(node, minuses.get(i));
        }
        return node;
    }

    private Node primary() {
        skipSpace();
        char c = peek();
        int start = pos;
        if (c >= '0' && c <= '9') {
            return number();
        }
        if (c >= 'a' && c <= 'z') {
            String name = name();
            skipSpace();
            if (peek() != '(') {
                return new Node.Name(name, start);
            }
            pos++;
            List<Node> arguments = new ArrayList<>();
            skipSpace();
            if (peek() == ')') {
                pos++;
                return new Node.Call(name, arguments, start);
            }
            while (true) {
                arguments.add(expression());
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else if (peek() == ')') {
                    pos++;
                    return new Node.Call(name, arguments, start);
                } else {
                    throw error(describeHere(), "',' or ')'");
                }
            }
        }
        if (c == '(') {
            pos++;
            Node inner = expression();
            skipSpace();
            if (peek() != ')') {
                throw error(describeHere(), "')'");
            }
            pos++;
            return inner;
        }
        if (c >= 'A' && c <= 'Z') {
            throw error(describeHere(), "a lower-case name");
        }
        throw error(describeHere(), "a number, a name or '('");
    }

    private Node number() {
        int start = pos;
        while (isDigit(peek())) {
            pos++;
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw error(describeHere(), "a digit after the decimal point");
            }
            while (isDigit(peek())) {
                pos++;
            }
        }
        if (pos - start > MAX_NUMBER_LENGTH) {
            throw new FormulaException(text, start, "a number of " + (pos - start) + " characters",
                    "a number of at most " + MAX_NUMBER_LENGTH + " characters");
        }
        BigDecimal value = new BigDecimal(text.substring(start, pos));
        if (peek() == '%') {
            pos++;
            return new Node.Number(value.movePointLeft(2), true, start);
        }
        return new Node.Number(value, false, start);
    }

    private String name() {
        int start = pos;
        while (true) {
            char c = peek();
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
                pos++;
            } else {
                break;
            }
        }
        if (pos - start > MAX_NAME_LENGTH) {
            throw new FormulaException(text, start, "a name of " + (pos - start) + " characters",
                    "a name of at most " + MAX_NAME_LENGTH + " characters");
        }
        char next = peek();
        if (next >= 'A' && next <= 'Z') {
            throw error(describeHere(), "a lower-case name");
        }
        return text.substring(start, pos);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                pos++;
            } else {
                return;
            }
        }
    }

    /** The character at the current position, or NUL at the end. */
    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private String describeHere() {
        if (pos >= text.length()) {
            return "end of input";
        }
        int c = text.codePointAt(pos);
        if (c < 0x20 || c == 0x7f) {
            return String.format("character U+%04X", c);
        }
        return "'" + new String(Character.toChars(c)) + "'";
    }

    private FormulaException error(String found, String expected) {
        return new FormulaException(text, pos, found, expected);
    }
}
