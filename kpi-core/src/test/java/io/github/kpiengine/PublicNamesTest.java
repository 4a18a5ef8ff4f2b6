package io.github.kpiengine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Names a user can import: no public type of the library shares its simple name with a public type
 * of {@code java.lang}, {@code java.util} or {@code java.time}, and no two public types of the
 * library share a simple name (nested {@code Builder}s aside, always read as {@code Owner.Builder}).
 */
class PublicNamesTest {

    @Test
    void publicTypes_clashWithNoTypeOfJavaLangUtilOrTime() throws IOException {
        Set<String> jdk = jdkTypes("java/lang", "java/util", "java/time");

        List<String> clashes = new ArrayList<>();
        for (Class<?> type : libraryTypes()) {
            if (jdk.contains(type.getSimpleName())) {
                clashes.add(type.getName());
            }
        }

        assertThat(jdk).contains("Period", "Optional", "Record");
        assertThat(clashes).isEmpty();
    }

    @Test
    void publicTypes_haveDistinctSimpleNames() throws IOException {
        Map<String, List<String>> byName = new TreeMap<>();
        for (Class<?> type : libraryTypes()) {
            if (!type.getSimpleName().equals("Builder")) {
                byName.computeIfAbsent(type.getSimpleName(), name -> new ArrayList<>()).add(type.getName());
            }
        }

        byName.values().removeIf(types -> types.size() == 1);
        assertThat(byName).isEmpty();
    }

    /** Every public type of kpi-core's exported packages, nested ones included. */
    private static List<Class<?>> libraryTypes() throws IOException {
        Path classes = Path.of("target", "classes");
        List<Class<?>> types = new ArrayList<>();
        Set<String> exported = new HashSet<>(Money.class.getModule().getDescriptor() == null
                ? Set.of() : Money.class.getModule().getPackages());
        try (Stream<Path> files = Files.walk(classes.resolve("io"))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                Class<?> type = loadQuietly(name);
                if (type != null && isPublicApi(type) && (exported.isEmpty() || exported.contains(type.getPackageName()))) {
                    types.add(type);
                }
            }
        }
        assertThat(types).extracting(Class::getSimpleName).contains("Money", "Kpi", "ScopeKey", "Plan");
        return types;
    }

    private static boolean isPublicApi(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> loadQuietly(String name) {
        try {
            return Class.forName(name, false, PublicNamesTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    private static Set<String> jdkTypes(String... packages) throws IOException {
        Set<String> names = new HashSet<>();
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        for (String pkg : packages) {
            Path dir = jrt.getPath("modules", "java.base", pkg);
            try (Stream<Path> files = Files.list(dir)) {
                files.map(Path::getFileName).map(Path::toString)
                        .filter(f -> f.endsWith(".class") && !f.contains("$") && !f.equals("package-info.class"))
                        .map(f -> f.substring(0, f.length() - ".class".length()))
                        .filter(simple -> isPublic(pkg.replace('/', '.') + "." + simple))
                        .forEach(names::add);
            }
        }
        return names;
    }

    private static boolean isPublic(String name) {
        Class<?> type = loadQuietly(name);
        return type != null && Modifier.isPublic(type.getModifiers());
    }
}
