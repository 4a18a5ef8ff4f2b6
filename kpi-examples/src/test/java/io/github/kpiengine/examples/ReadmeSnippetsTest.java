package io.github.kpiengine.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README honest: every Java snippet in README.md is the marked body of a class in
 * {@code io.github.kpiengine.examples.readme}, and every such class runs and prints exactly the
 * text block that follows its snippet in the README.
 */
class ReadmeSnippetsTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path SNIPPET_SOURCES =
            Path.of("src", "main", "java", "io", "github", "kpiengine", "examples", "readme");
    private static final Pattern README_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern README_BLOCK_AND_OUTPUT =
            Pattern.compile("```java\\n(.*?)```\\s*\\n\\s*prints\\s*\\n\\s*```text\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern MARKED_BODY =
            Pattern.compile("// README begin\\n(.*?)\\n\\s*// README end", Pattern.DOTALL);

    @Test
    void readme_everyJavaSnippet_isTheBodyOfAnExampleClass() throws IOException {
        List<String> readmeSnippets = matches(README_BLOCK, Files.readString(README));
        List<String> classSnippets = new ArrayList<>();
        for (Path source : snippetSources()) {
            classSnippets.addAll(matches(MARKED_BODY, Files.readString(source)));
        }

        assertThat(readmeSnippets).isNotEmpty();
        assertThat(classSnippets).containsExactlyInAnyOrderElementsOf(readmeSnippets);
    }

    @Test
    void snippetClasses_run_printWhatTheReadmeSays() throws Exception {
        String readme = Files.readString(README);
        java.util.Map<String, String> printed = new java.util.HashMap<>();
        Matcher pairs = README_BLOCK_AND_OUTPUT.matcher(readme);
        while (pairs.find()) {
            printed.put(pairs.group(1).stripIndent().strip(), pairs.group(2).strip());
        }
        assertThat(printed).hasSameSizeAs(matches(README_BLOCK, readme));
        for (Path source : snippetSources()) {
            String snippet = matches(MARKED_BODY, Files.readString(source)).get(0);
            String simpleName = source.getFileName().toString().replace(".java", "");
            Class<?> type = Class.forName("io.github.kpiengine.examples.readme." + simpleName);
            Method main = type.getMethod("main", String[].class);

            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            PrintStream original = System.out;
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            try {
                main.invoke(null, (Object) new String[0]);
            } finally {
                System.setOut(original);
            }
            assertThat(buffer.toString(StandardCharsets.UTF_8).strip().replace(System.lineSeparator(), "\n"))
                    .as(simpleName).isEqualTo(printed.get(snippet));
        }
    }

    private static List<Path> snippetSources() throws IOException {
        try (Stream<Path> files = Files.list(SNIPPET_SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.endsWith("package-info.java"))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    /** Each match's first group, with its common indentation removed and trailing blanks trimmed. */
    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1).stripIndent().strip());
        }
        return found;
    }
}
